// Writes a batch of FROM relationships. Each row is {from, to, props};
// at most one FROM joins two nodes.
// Generated from testdata/templates by go test -update.
// param rows: LIST<MAP>
UNWIND $rows AS row
MATCH (a:Entity) WHERE a.id = row.from
MATCH (b:Entity) WHERE b.id = row.to
MERGE (a)-[r:FROM]->(b)
SET r = row.props
