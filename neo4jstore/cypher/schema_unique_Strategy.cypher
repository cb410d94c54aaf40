// Makes the ids of Strategy nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Strategy_id IF NOT EXISTS
FOR (n:Strategy) REQUIRE n.id IS UNIQUE
