package wardgraph

import "testing"

func TestPlanIDOf(t *testing.T) {
	tests := []struct{ id, want string }{
		{"osaka/nishi/2017", "osaka/nishi/2017"},
		{"osaka/nishi/2017/initiative/2-4-2", "osaka/nishi/2017"},
		{"osaka/chuo/2017-draft/goal", "osaka/chuo/2017-draft"},
		{"osaka/nishi/department/総務課", ""},
		{"osaka/nishi", ""},
		{"partner/民生委員・児童委員", ""},
		{"osaka/nishi/abc/goal", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := PlanIDOf(tt.id); got != tt.want {
			t.Errorf("PlanIDOf(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

func TestAssignIDs(t *testing.T) {
	p := fixturePlans()[0]
	p.Issues[0].Strategies = append(p.Issues[0].Strategies, Strategy{Code: "1-1", Title: "重複"})
	p.Missions = []Mission{{Number: 1, Text: "a"}, {Number: 2, Text: "b"}}
	p.Contact = &Contact{Department: "総務課"}
	p.AssignIDs()
	want := map[string]string{
		p.ID:                         "osaka/nishi/2017",
		p.Goal.ID:                    "osaka/nishi/2017/goal",
		p.Missions[1].ID:             "osaka/nishi/2017/mission/2",
		p.Issues[1].ID:               "osaka/nishi/2017/issue/2",
		p.Issues[0].Strategies[1].ID: "osaka/nishi/2017/strategy/1-1~2",
		p.Issues[1].Strategies[0].Initiatives[1].ID:            "osaka/nishi/2017/initiative/2-1-2",
		p.Issues[1].Strategies[0].Initiatives[1].Budgets[0].ID: "osaka/nishi/2017/initiative/2-1-2/budget/1",
		p.Contact.ID: "osaka/nishi/department/総務課",
	}
	for got, w := range want {
		if got != w {
			t.Errorf("id %q, want %q", got, w)
		}
	}
	before := p.Issues[0].Strategies[1].ID
	p.AssignIDs()
	if p.Issues[0].Strategies[1].ID != before {
		t.Errorf("AssignIDs not idempotent: %q then %q", before, p.Issues[0].Strategies[1].ID)
	}
	d := testPlan("chuo", 2017)
	d.Draft = true
	d.AssignIDs()
	if d.ID != "osaka/chuo/2017-draft" {
		t.Errorf("draft id %q", d.ID)
	}
}

func TestPlanWardYear(t *testing.T) {
	tests := []struct {
		id, ward string
		year     int
		ok       bool
	}{
		{"osaka/nishi/2017", "osaka/nishi", 2017, true},
		{"osaka/chuo/2019-draft", "osaka/chuo", 2019, true},
		{"osaka/nishi/2017/goal", "", 0, false},
		{"osaka/nishi", "", 0, false},
		{"partner/x", "", 0, false},
		{"", "", 0, false},
	}
	for _, tt := range tests {
		ward, year, ok := PlanWardYear(tt.id)
		if ward != tt.ward || year != tt.year || ok != tt.ok {
			t.Errorf("PlanWardYear(%q) = %q, %d, %v; want %q, %d, %v", tt.id, ward, year, ok, tt.ward, tt.year, tt.ok)
		}
	}
}
