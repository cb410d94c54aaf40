package wardgraph

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

// star links hub to n leaves, each leaf to one more node ("leaf-i-x").
func star(n int) func([]string) ([]string, error) {
	return func(frontier []string) ([]string, error) {
		var out []string
		for _, id := range frontier {
			switch {
			case id == "hub":
				for i := 0; i < n; i++ {
					out = append(out, fmt.Sprintf("leaf-%04d", i))
				}
			case len(id) == 9:
				out = append(out, "hub", id+"-x")
			}
		}
		return out, nil
	}
}

func TestWalk(t *testing.T) {
	ids, truncated, err := Walk("hub", 2, star(3))
	want := []string{"hub", "leaf-0000", "leaf-0001", "leaf-0002", "leaf-0000-x", "leaf-0001-x", "leaf-0002-x"}
	if err != nil || truncated || !reflect.DeepEqual(ids, want) {
		t.Errorf("Walk = %v, %v, %v; want %v", ids, truncated, err, want)
	}
	ids, truncated, _ = Walk("hub", 0, star(3))
	if !reflect.DeepEqual(ids, []string{"hub"}) || truncated {
		t.Errorf("depth 0: %v %v", ids, truncated)
	}
}

func TestWalkTruncatesDeterministically(t *testing.T) {
	ids, truncated, _ := Walk("hub", 1, star(MaxNeighborhoodNodes+10))
	if !truncated || len(ids) != MaxNeighborhoodNodes {
		t.Fatalf("%d ids, truncated %v; want %d, true", len(ids), truncated, MaxNeighborhoodNodes)
	}
	if ids[1] != "leaf-0000" || ids[len(ids)-1] != fmt.Sprintf("leaf-%04d", MaxNeighborhoodNodes-2) {
		t.Errorf("not the first ids in order: %s … %s", ids[1], ids[len(ids)-1])
	}
	ids, truncated, _ = Walk("hub", 2, star(MaxNeighborhoodNodes-1))
	if !truncated || len(ids) != MaxNeighborhoodNodes {
		t.Errorf("second level: %d ids, truncated %v", len(ids), truncated)
	}
	ids, truncated, _ = Walk("hub", 1, star(MaxNeighborhoodNodes-1))
	if truncated || len(ids) != MaxNeighborhoodNodes {
		t.Errorf("exactly the limit: %d ids, truncated %v", len(ids), truncated)
	}
}

func TestWalkPassesErrors(t *testing.T) {
	boom := errors.New("boom")
	if _, _, err := Walk("a", 1, func([]string) ([]string, error) { return nil, boom }); err != boom {
		t.Errorf("err %v", err)
	}
}
