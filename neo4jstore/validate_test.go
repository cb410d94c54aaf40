package neo4jstore

import (
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/storetest"
)

func TestCheckPlan(t *testing.T) {
	noID := storetest.Fixture(storetest.Nishi2017)
	noID.ID = ""
	stale := storetest.Fixture(storetest.Nishi2017)
	stale.Issues[0].Strategies[0].Initiatives[0].Code = "1-1-9"
	wrongYear := storetest.Fixture(storetest.Nishi2017)
	wrongYear.FiscalYear = 2019
	tests := []struct {
		name string
		plan *wardgraph.Plan
		code string
	}{
		{"ok", storetest.Fixture(storetest.Nishi2017), ""},
		{"full", fullPlan(t), ""},
		{"nil", nil, wardgraph.EINVALID},
		{"no id", noID, wardgraph.EINVALID},
		{"stale part id", stale, wardgraph.EINVALID},
		{"stale plan id", wrongYear, wardgraph.EINVALID},
	}
	for _, tt := range tests {
		if got := wardgraph.ErrorCode(checkPlan(tt.plan)); got != tt.code {
			t.Errorf("%s: code %q, want %q", tt.name, got, tt.code)
		}
		if _, err := planRecords(tt.plan, "v1"); wardgraph.ErrorCode(err) != tt.code {
			t.Errorf("%s: planRecords: %v", tt.name, err)
		}
	}
}
