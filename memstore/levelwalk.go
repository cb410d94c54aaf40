package memstore

import (
	"slices"

	wardgraph "github.com/wardgraph/wardgraph"
)

// walked is the result of a neighbourhood walk: the nodes in id order and
// the set of them.
type walked struct {
	sorted    []string
	chosen    map[string]struct{}
	truncated bool
}

// walk gathers exactly the nodes wardgraph.Walk gathers from start (each
// level's new ids in id order, cut at MaxNeighborhoodNodes), reading the
// adjacency lists in place instead of listing every neighbour first, and
// keeps the set it dedupes with for the links between the nodes.
// TestNeighborhoodMatchesReference holds it to wardgraph.Walk.
func (s *Store) walk(start string, depth int) walked {
	w := walked{chosen: map[string]struct{}{start: {}}}
	ids, frontier := []string{start}, []string{start}
	runs := []int{0, 1} // ids[runs[k]:runs[k+1]] is sorted
	for d := 0; d < depth && len(frontier) > 0; d++ {
		room := wardgraph.MaxNeighborhoodNodes - len(ids)
		var next []string
		for _, n := range frontier {
			next = s.unseen(n, w.chosen, next, room)
		}
		slices.Sort(next)
		if len(next) > room {
			next, w.truncated = w.cut(slices.Compact(next), room), true
		}
		ids = append(ids, next...)
		runs = append(runs, len(ids))
		if w.truncated {
			break
		}
		frontier = next
	}
	w.sorted = mergeRuns(ids, runs)
	return w
}

// unseen appends to out the nodes linked to n that are not in seen, adding
// them to seen while out holds at most room of them. Past that the level
// is cut anyway: the rest are appended unchecked against each other (so
// maybe more than once) and the set stays small.
func (s *Store) unseen(n string, seen map[string]struct{}, out []string, room int) []string {
	a := s.adj[n]
	if a == nil {
		return out
	}
	add := func(o string) {
		if _, ok := seen[o]; !ok {
			if len(out) <= room {
				seen[o] = struct{}{}
			}
			out = append(out, o)
		}
	}
	for _, r := range a.out {
		add(r.edge.To)
	}
	for _, r := range a.in {
		add(r.edge.From)
	}
	return out
}

// cut keeps the first room of a level's sorted new ids, more than room of
// them, and leaves only those of the level in the set.
func (w *walked) cut(next []string, room int) []string {
	for _, n := range next[room:] {
		delete(w.chosen, n)
	}
	for _, n := range next[:room] {
		w.chosen[n] = struct{}{}
	}
	return next[:room]
}

// mergeRuns returns the ids in order, given the bounds of their sorted
// runs (one per walk level, so at most MaxDepth+1).
func mergeRuns(ids []string, runs []int) []string {
	out := ids[runs[0]:runs[1]]
	for k := 1; k+1 < len(runs); k++ {
		out = merge(out, ids[runs[k]:runs[k+1]])
	}
	return out
}

// merge returns the sorted union of two sorted lists of distinct ids.
func merge(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}
