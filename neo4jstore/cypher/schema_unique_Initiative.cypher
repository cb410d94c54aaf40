// Makes the ids of Initiative nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Initiative_id IF NOT EXISTS
FOR (n:Initiative) REQUIRE n.id IS UNIQUE
