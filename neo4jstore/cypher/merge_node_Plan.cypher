// Writes a batch of Plan nodes. Each row is {id, props}: props holds
// every stored property, id included, and replaces the node's old ones.
// Generated from testdata/templates by go test -update.
// param rows: LIST<MAP>
UNWIND $rows AS row
MERGE (n:Entity:Plan {id: row.id})
SET n = row.props
