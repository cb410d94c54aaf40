package graph

import (
	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
	"github.com/wardgraph/wardgraph/textnorm"
)

// storeFilter translates the GraphQL filter: ward names to ward ids (an
// unknown ward is an error naming it) and texts NFKC-normalised.
func storeFilter(in *model.InitiativeFilter) (wardgraph.InitiativeFilter, error) {
	var f wardgraph.InitiativeFilter
	if in == nil {
		return f, nil
	}
	names := append([]string(nil), in.Wards...)
	if in.Ward != nil {
		names = append(names, *in.Ward)
	}
	ws, err := wardgraph.FindWards(names)
	if err != nil {
		return f, err
	}
	f.WardIDs = wardIDs(ws)
	f.FiscalYear = deref(in.FiscalYear, 0)
	f.Issue = deref(in.Issue, 0)
	f.Partner = textnorm.Normalize(deref(in.Partner, ""))
	f.Topic = textnorm.Normalize(deref(in.Topic, ""))
	f.Text = textnorm.Normalize(deref(in.Text, ""))
	return f, nil
}
