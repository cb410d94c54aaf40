package memstore

import wardgraph "github.com/wardgraph/wardgraph"

// walked is the result of a neighbourhood walk: the nodes in id order and
// the set of them.
type walked struct {
	sorted    []string
	chosen    map[string]struct{}
	truncated bool
	room      int // ids chosen can take without growing, as made
}

// reserve remakes chosen to take n ids without growing, when it was made
// smaller: one copy of the few ids of the levels before instead of the
// rehashing of a map grown by insertion.
func (w *walked) reserve(n int) {
	if n <= w.room {
		return
	}
	m := make(map[string]struct{}, n)
	for id := range w.chosen {
		m[id] = struct{}{}
	}
	w.chosen, w.room = m, n
}

// walk gathers exactly the nodes wardgraph.Walk gathers from start (each
// level's new ids in id order, cut at MaxNeighborhoodNodes), merging the
// frontier's sorted neighbour lists (adjList.sorted) and stopping once
// the level holds more new ids than there is room for, instead of listing
// and sorting every neighbour first: a level that reaches a partner linked
// from every plan reads only the few hundred ids it keeps. It keeps the set
// it dedupes with for the links between the nodes.
// TestNeighborhoodMatchesReference holds it to wardgraph.Walk.
func (s *Store) walk(start string, depth int) walked {
	w := walked{chosen: map[string]struct{}{start: {}}}
	ids, frontier := []string{start}, []string{start}
	runs := []int{0, 1} // ids[runs[k]:runs[k+1]] is sorted
	for d := 0; d < depth && len(frontier) > 0; d++ {
		room := wardgraph.MaxNeighborhoodNodes - len(ids)
		next := s.level(frontier, &w, room)
		if len(next) > room {
			delete(w.chosen, next[room])
			next, w.truncated = next[:room], true
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

// level returns, in id order, the ids linked to any node of frontier that
// are not in w.chosen, adding them to it: all of them, or the first room+1
// when there are more (so the caller knows the level overflows).
func (s *Store) level(frontier []string, w *walked, room int) []string {
	h := make(heads, 0, len(frontier))
	most := 0 // new ids the level can add
	for _, n := range frontier {
		if l := s.adj[n].sorted().neighbours; len(l) > 0 {
			h = append(h, l)
			most += len(l)
		}
	}
	w.reserve(len(w.chosen) + min(most, room+1))
	return h.takeNew(w.chosen, room+1)
}

// heads is a min-heap of sorted, non-empty id lists, by their first id.
type heads [][]string

// takeNew returns, in id order, the ids of the lists that are not in seen,
// adding them to it, up to limit of them. It uses the lists up.
func (h heads) takeNew(seen map[string]struct{}, limit int) []string {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
	var out []string
	for len(h) > 0 && len(out) < limit {
		id := h[0][0]
		if _, ok := seen[id]; !ok {
			seen[id] = struct{}{}
			out = append(out, id)
		}
		if h[0] = h[0][1:]; len(h[0]) == 0 {
			h[0] = h[len(h)-1]
			h = h[:len(h)-1]
		}
		h.down(0)
	}
	return out
}

// down moves h[i] down to its place.
func (h heads) down(i int) {
	for {
		least := i
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c < len(h) && h[c][0] < h[least][0] {
				least = c
			}
		}
		if least == i {
			return
		}
		h[i], h[least] = h[least], h[i]
		i = least
	}
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
