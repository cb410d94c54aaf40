// Writes a batch of ADDRESSES relationships. Each row is {from, to, props};
// at most one ADDRESSES joins two nodes.
// Generated from testdata/templates by go test -update.
// param rows: LIST<MAP>
UNWIND $rows AS row
MATCH (a:Entity) WHERE a.id = row.from
MATCH (b:Entity) WHERE b.id = row.to
MERGE (a)-[r:ADDRESSES]->(b)
SET r = row.props
