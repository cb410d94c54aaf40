// Makes the ids of Entity nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE
