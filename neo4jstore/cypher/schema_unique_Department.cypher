// Makes the ids of Department nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Department_id IF NOT EXISTS
FOR (n:Department) REQUIRE n.id IS UNIQUE
