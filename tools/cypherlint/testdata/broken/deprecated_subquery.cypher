// expect: CALL subquery without a variable scope clause is deprecated
MATCH (p:Plan)
CALL {
  WITH p
  MATCH (p)-[:ADDRESSES]->(i:Issue)
  RETURN count(i) AS issues
}
RETURN p.id AS id, issues
