package wardgraph

import (
	"reflect"
	"testing"
)

func TestCrossCutting(t *testing.T) {
	ps := fixturePlans()
	tests := []struct {
		name                string
		minIssues, minWards int
		want                []string
	}{
		{"two issues", 2, 1, []string{"partner/民生委員・児童委員", "topic/防災"}},
		{"two wards, plan parts outside issues count", 0, 2, []string{"partner/民生委員・児童委員", "topic/防災", "partner/地域活動協議会"}},
		{"three issues two wards", 3, 2, []string{"partner/民生委員・児童委員", "topic/防災"}},
		{"four issues", 4, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range CrossCutting(ps, tt.minIssues, tt.minWards) {
				got = append(got, c.Via.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	c := CrossCutting(ps, 3, 2)[0]
	if want := []string{"osaka/nishi/2017/initiative/1-1-1", "osaka/nishi/2017/initiative/2-1-2", "osaka/taisho/2017/initiative/1-1-1"}; !reflect.DeepEqual(c.InitiativeIDs, want) {
		t.Errorf("initiatives = %v, want %v", c.InitiativeIDs, want)
	}
	if want := []string{"osaka/nishi", "osaka/taisho"}; !reflect.DeepEqual(c.WardIDs, want) {
		t.Errorf("wards = %v", c.WardIDs)
	}
}
