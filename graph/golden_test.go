package graph_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// nestedPlanQuery asks for every fact of one plan, as a user exploring a
// ward's plan would.
const nestedPlanQuery = `query NestedPlan($ward: String!, $year: Int!) {
  plan(ward: $ward, fiscalYear: $year) {
    id fiscalYear fiscalYearLabel draft title line
    ward { id code name nameRomaji city { id name } }
    source { url pageNumber updatedOn credit line }
    revisions { date text line }
    goal { id text slogan line partners { name } topics { name } targetGroups { name } }
    missions { id number text line }
    policy policyLine policyNode { id partners { name } }
    issues {
      id number title description line
      sections { title text line }
      budgets { kind amountYen raw }
      partners { name }
      strategies {
        id code numbered title description line
        initiatives {
          id code title description line
          sections { title text line }
          budgets { id kind fiscalYear amountYen raw line }
          budgetYen wardCM: budgetYen(kind: WARD_CM)
          partners { id name kind }
          topics { id name }
          targetGroups { id name }
          links { kind name evidence line node { id } }
        }
      }
    }
    reformItems { id title description line program { id name } }
    budgetTotalYen wardCMTotal: budgetTotalYen(kind: WARD_CM)
    contact { id name department phone fax address line }
    warnings { line message }
  }
}`

// TestNestedPlanGolden compares the whole nested answer for the fictional
// Nishi 2017 plan with testdata/nested_plan.golden.json (-update rewrites
// it).
func TestNestedPlanGolden(t *testing.T) {
	h := fixtureHandler(t)
	r := query(t, h, nestedPlanQuery, map[string]any{"ward": "西区", "year": 2017})
	if len(r.Errors) > 0 {
		t.Fatalf("query failed: %+v", r.Errors)
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, r.Data, "", "  "); err != nil {
		t.Fatal(err)
	}
	pretty.WriteByte('\n')
	path := filepath.Join("testdata", "nested_plan.golden.json")
	if *update {
		if err := os.WriteFile(path, pretty.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(pretty.Bytes(), want) {
		t.Errorf("nested plan answer differs from %s (go test -update rewrites it):\n%s", path, pretty.String())
	}
}
