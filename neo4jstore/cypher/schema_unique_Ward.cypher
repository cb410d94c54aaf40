// Makes the ids of Ward nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Ward_id IF NOT EXISTS
FOR (n:Ward) REQUIRE n.id IS UNIQUE
