package templates

import "testing"

func TestFromSample(t *testing.T) {
	plans, err := FromSample()
	if err != nil {
		t.Fatal(err)
	}
	if len(plans) == 0 {
		t.Fatal("no template plans from the bundled sample")
	}
	found := false
	for _, p := range plans {
		if len(p.Initiatives()) == 0 {
			t.Errorf("%s has no initiatives but was returned", p.ID)
		}
		found = found || p.ID == "osaka/nishi/2017"
	}
	if !found {
		t.Error("the whole Nishi 2017 page is not among the templates")
	}
}
