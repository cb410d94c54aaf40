// Makes the ids of Municipality nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Municipality_id IF NOT EXISTS
FOR (n:Municipality) REQUIRE n.id IS UNIQUE
