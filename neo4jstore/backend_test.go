package neo4jstore

import (
	"context"
	"errors"
	"testing"
	"time"

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
// with a run that answers every statement with no records.
type flakyBackend struct {
	downBackend
	failures int
}

func (f *flakyBackend) transact(ctx context.Context, write bool, work func(runFunc) (any, error)) (any, error) {
	if f.failures > 0 {
		f.failures--
		return nil, errInconsistent
	}
	return work(func(string, map[string]any) ([]*neo4j.Record, error) { return nil, nil })
}

// TestReadsStartAgain: a read that met a plan being replaced starts again
// until it reads cleanly; past readWait it says the store is unavailable.
func TestReadsStartAgain(t *testing.T) {
	f := &flakyBackend{failures: 3}
	s := &Store{be: f}
	if _, err := s.Plans(context.Background(), wardgraph.PlanFilter{}); err != nil || f.failures != 0 {
		t.Errorf("after 3 inconsistent reads: %v (%d left)", err, f.failures)
	}
	defer func(w time.Duration) { readWait = w }(readWait)
	readWait = 20 * time.Millisecond
	f.failures = 1 << 30
	_, err := s.Plans(context.Background(), wardgraph.PlanFilter{})
	if wardgraph.ErrorCode(err) != wardgraph.EUNAVAILABLE || !errors.Is(err, errInconsistent) {
		t.Errorf("reads that never got a clean answer: %v", err)
	}
}
