package planfile

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/wardgraph/wardgraph"
)

func itoa(i int) string { return strconv.Itoa(i) }

// check applies the rules the schema cannot express: the ward code is a
// known ward whose name, romaji and city match those given, and initiative
// codes are unique within the plan.
func check(p *wardgraph.Plan, ps *positions) []problem {
	probs := checkWard(p.Ward, ps)
	return append(probs, checkInitiativeCodes(p, ps)...)
}

// checkWard checks the ward against the registry (data/wards.json).
func checkWard(w wardgraph.Ward, ps *positions) []problem {
	known, ok := wardgraph.LookupWard(w.Code)
	if !ok || known.Code != w.Code {
		return []problem{fieldProblem(ps.value("/ward/code"), "/ward/code",
			fmt.Sprintf("unknown ward code %q (the registry holds the wards of Osaka City, 27102–27128)", w.Code))}
	}
	var out []problem
	mismatch := func(field, got, want string) {
		ptr := "/ward/" + field
		out = append(out, fieldProblem(ps.value(ptr), ptr, fmt.Sprintf("%q does not match ward code %s (%s)", got, w.Code, want)))
	}
	if w.Name != "" && w.Name != known.Name {
		mismatch("name", w.Name, known.Name)
	}
	if w.NameRomaji != "" && !strings.EqualFold(w.NameRomaji, known.NameRomaji) {
		mismatch("nameRomaji", w.NameRomaji, known.NameRomaji)
	}
	if w.CityCode != "" && w.CityCode != known.CityCode {
		mismatch("cityCode", w.CityCode, known.CityCode)
	}
	return out
}

// checkInitiativeCodes reports every initiative whose code an earlier
// initiative of the plan already has.
func checkInitiativeCodes(p *wardgraph.Plan, ps *positions) []problem {
	first := map[string]string{}
	var out []problem
	for i, is := range p.Issues {
		for j, st := range is.Strategies {
			for k, in := range st.Initiatives {
				ptr := fmt.Sprintf("/issues/%d/strategies/%d/initiatives/%d/code", i, j, k)
				if prev, ok := first[in.Code]; ok {
					at := ps.value(prev)
					msg := fmt.Sprintf("initiative code %q is already used by %s (line %d)", in.Code, fieldPath(strings.TrimSuffix(prev, "/code")), at.line)
					out = append(out, fieldProblem(ps.value(ptr), ptr, msg))
					continue
				}
				first[in.Code] = ptr
			}
		}
	}
	return out
}

// normalize fills in the ward from its code and the fiscal year label when
// it is empty, and recomputes every id.
func normalize(p *wardgraph.Plan) {
	if w, ok := wardgraph.LookupWard(p.Ward.Code); ok {
		p.Ward = w
	}
	if p.FiscalYearLabel == "" {
		p.FiscalYearLabel = wardgraph.FiscalYearLabel(p.FiscalYear)
	}
	p.AssignIDs()
}
