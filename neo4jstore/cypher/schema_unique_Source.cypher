// Makes the ids of Source nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Source_id IF NOT EXISTS
FOR (n:Source) REQUIRE n.id IS UNIQUE
