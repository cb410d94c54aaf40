package storetest

import (
	"fmt"

	wardgraph "github.com/wardgraph/wardgraph"
)

// bigInitiatives is the number of initiatives under the one strategy of
// the big plan: more than MaxNeighborhoodNodes.
const bigInitiatives = 510

// bigTopics is the number of topics initiatives 1-1-1 and 1-1-2 of the big
// plan share: more than MaxPaths shortest paths join them.
const bigTopics = 25

// fictionalBigPlan is a FICTIONAL, machine-made plan of Minato ward for
// 2019 that exercises the walk limits: one strategy with 510 initiatives,
// the first two sharing 25 topics.
func fictionalBigPlan() *wardgraph.Plan {
	st := wardgraph.Strategy{Code: "1-1", Numbered: true, Title: "架空の戦略"}
	for i := 1; i <= bigInitiatives; i++ {
		in := wardgraph.Initiative{Code: fmt.Sprintf("1-1-%d", i), Title: fmt.Sprintf("架空の取組%d", i)}
		if i <= 2 {
			for k := 1; k <= bigTopics; k++ {
				in.Links = append(in.Links, topic(fmt.Sprintf("架空テーマ%02d", k), in.Title, 0))
			}
		}
		st.Initiatives = append(st.Initiatives, in)
	}
	p := &wardgraph.Plan{Ward: ward("27107"), FiscalYear: 2019, FiscalYearLabel: "令和元年度",
		Title: "令和元年度 港区運営方針(架空・大量)", Source: source("minato/2019"),
		Issues: []wardgraph.Issue{{Number: 1, Title: "架空の経営課題", Strategies: []wardgraph.Strategy{st}}}}
	p.AssignIDs()
	return p
}
