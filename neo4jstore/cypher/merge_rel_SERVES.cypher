// Writes a batch of SERVES links. Each row is {from, to, seq, props}: a
// part may name the same target twice, so a link is keyed by its place
// (wgSeq) in the part's list of links.
// Generated from testdata/templates by go test -update.
// param rows: LIST<MAP>
UNWIND $rows AS row
MATCH (a:Entity) WHERE a.id = row.from
MATCH (b:Entity) WHERE b.id = row.to
MERGE (a)-[r:SERVES {wgSeq: row.seq}]->(b)
SET r = row.props
