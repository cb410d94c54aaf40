package wardgraph

import "sort"

// Walk gathers the nodes within depth links of start, breadth first, for
// Store.Neighborhood: neighbors returns the ids linked to any id of a
// frontier (duplicates allowed). New ids of each level are taken in id order
// until MaxNeighborhoodNodes are gathered; truncated says that the walk
// stopped there with nodes left unvisited. It is the definition of a
// neighbourhood: the Neo4j store walks with it, and the embedded store's own
// walk over its adjacency lists (memstore/levelwalk.go) is held to it by
// test, so a truncated neighbourhood is the same in each.
func Walk(start string, depth int, neighbors func(frontier []string) ([]string, error)) (ids []string, truncated bool, err error) {
	seen := map[string]bool{start: true}
	ids, frontier := []string{start}, []string{start}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		found, err := neighbors(frontier)
		if err != nil {
			return nil, false, err
		}
		frontier = frontier[:0:0]
		for _, n := range found {
			if !seen[n] {
				seen[n] = true
				frontier = append(frontier, n)
			}
		}
		sort.Strings(frontier)
		if room := MaxNeighborhoodNodes - len(ids); len(frontier) > room {
			return append(ids, frontier[:room]...), true, nil
		}
		ids = append(ids, frontier...)
	}
	return ids, false, nil
}
