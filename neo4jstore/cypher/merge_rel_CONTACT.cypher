// Writes a batch of CONTACT relationships. Each row is {from, to, props};
// at most one CONTACT joins two nodes.
// Generated from testdata/templates by go test -update.
// param rows: LIST<MAP>
UNWIND $rows AS row
MATCH (a:Entity) WHERE a.id = row.from
MATCH (b:Entity) WHERE b.id = row.to
MERGE (a)-[r:CONTACT]->(b)
SET r = row.props
