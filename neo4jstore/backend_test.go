package neo4jstore

import (
	"context"
	"errors"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/storetest"
)

// downBackend is a Neo4j that cannot be reached.
type downBackend struct{}

var errDown = &neo4j.ConnectivityError{Inner: errors.New("dial tcp 127.0.0.1:7687: connect: connection refused")}

func (downBackend) transact(context.Context, bool, func(runFunc) (any, error)) (any, error) {
	return nil, errDown
}
func (downBackend) ping(context.Context) error { return errDown }
func (downBackend) close() error               { return nil }

// TestStoreDown: with Neo4j down, every method says the store is
// unavailable, and nothing of the driver's error reaches the message.
func TestStoreDown(t *testing.T) {
	s := &Store{be: downBackend{}}
	ctx := context.Background()
	_, e1 := s.SavePlan(ctx, storetest.Fixtures()[0])
	_, e2 := s.Plans(ctx, wardgraph.PlanFilter{})
	_, e3 := s.Wards(ctx)
	_, e4 := s.Initiatives(ctx, wardgraph.InitiativeQuery{First: 20})
	_, e5 := s.LinkedInitiatives(ctx, []string{"partner/町会"})
	_, e6 := s.Catalog(ctx, wardgraph.LabelPartner, "")
	_, e7 := s.Nodes(ctx, []string{"osaka"})
	_, e8 := s.Search(ctx, wardgraph.SearchQuery{First: 20, Text: "防災"})
	_, e9 := s.Neighborhood(ctx, "osaka", 1)
	_, e10 := s.Paths(ctx, "osaka", "osaka/nishi", 2)
	for i, err := range []error{e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, s.Ping(ctx)} {
		if wardgraph.ErrorCode(err) != wardgraph.EUNAVAILABLE || wardgraph.ErrorMessage(err) != msgUnavailable || !errors.Is(err, errDown) {
			t.Errorf("call %d: %v", i+1, err)
		}
	}
}

// flakyBackend answers errInconsistent a number of times, then runs work
// on the model.
type flakyBackend struct {
	modelDB
	failures int
}

func (f *flakyBackend) transact(ctx context.Context, write bool, work func(runFunc) (any, error)) (any, error) {
	if f.failures > 0 {
		f.failures--
		return nil, errInconsistent
	}
	return f.modelDB.transact(ctx, write, work)
}

// TestReadsStartAgain: a read that met a plan being replaced starts again,
// up to readAttempts times, then says the store is unavailable.
func TestReadsStartAgain(t *testing.T) {
	f := &flakyBackend{modelDB: modelDB{db: newFakeDB()}, failures: readAttempts - 1}
	s := &Store{be: f}
	if _, err := s.Plans(context.Background(), wardgraph.PlanFilter{}); err != nil {
		t.Errorf("after %d inconsistent reads: %v", readAttempts-1, err)
	}
	f.failures = readAttempts
	_, err := s.Plans(context.Background(), wardgraph.PlanFilter{})
	if wardgraph.ErrorCode(err) != wardgraph.EUNAVAILABLE || f.failures != 0 {
		t.Errorf("after %d inconsistent reads: %v (%d left)", readAttempts, err, f.failures)
	}
}
