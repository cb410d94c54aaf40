package neo4jstore

import "context"

// LabelDataVersion labels the one node that holds the token of the last
// save (data_version_set.cypher); it is not a wardgraph node (no Entity).
const LabelDataVersion = "DataVersion"

// DataVersion returns the token the last save wrote, by this process or
// any other writing to the same database ("" before the first save).
func (s *Store) DataVersion(ctx context.Context) (string, error) {
	recs, err := s.query(ctx, "data_version", nil)
	if err != nil || len(recs) == 0 {
		return "", err
	}
	v, _ := recs[0].Get("version")
	str, _ := v.(string)
	return str, nil
}
