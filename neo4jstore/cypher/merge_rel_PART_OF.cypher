// Writes a batch of PART_OF relationships. Each row is {from, to, props};
// at most one PART_OF joins two nodes.
// Generated from testdata/templates by go test -update.
// param rows: LIST<MAP>
UNWIND $rows AS row
MATCH (a:Entity) WHERE a.id = row.from
MATCH (b:Entity) WHERE b.id = row.to
MERGE (a)-[r:PART_OF]->(b)
SET r = row.props
