package wardgraph_test

import (
	"reflect"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/storetest"
)

func TestClonePlanIsEqual(t *testing.T) {
	for _, p := range storetest.Fixtures() {
		if c := p.Clone(); !reflect.DeepEqual(c, p) {
			t.Errorf("clone of %s differs", p.ID)
		}
	}
	empty := &wardgraph.Plan{}
	if c := empty.Clone(); !reflect.DeepEqual(c, empty) || c.Issues != nil {
		t.Errorf("clone of an empty plan: %+v", c)
	}
}

// TestClonePlanIsDeep changes every nested part of a clone and checks that
// the original keeps its value.
func TestClonePlanIsDeep(t *testing.T) {
	orig := storetest.Fixture(storetest.Nishi2017)
	want := storetest.Fixture(storetest.Nishi2017)
	c := orig.Clone()
	in := &c.Issues[0].Strategies[0].Initiatives[0]
	changes := map[string]func(){
		"revision":          func() { c.Revisions[0].Text = "x" },
		"goal":              func() { c.Goal.Text = "x" },
		"goal link":         func() { c.Goal.Links[0].Name = "x" },
		"mission":           func() { c.Missions[0].Text = "x" },
		"policy link":       func() { c.PolicyLinks[0].Evidence = "x" },
		"issue":             func() { c.Issues[0].Title = "x" },
		"issue link":        func() { c.Issues[0].Links[0].Name = "x" },
		"strategy":          func() { c.Issues[0].Strategies[0].Title = "x" },
		"initiative":        func() { in.Title = "x" },
		"initiative link":   func() { in.Links[0].Name = "x" },
		"initiative budget": func() { *in.Budgets[0].AmountYen = 1 },
		"section":           func() { in.Sections[0].Text = "x" },
		"reform item":       func() { c.ReformItems[0].Title = "x" },
		"contact":           func() { c.Contact.Phone = "x" },
	}
	for name, change := range changes {
		change()
		if !reflect.DeepEqual(orig, want) {
			t.Fatalf("changing the clone's %s changed the original", name)
		}
	}
}
