// Makes the ids of Budget nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Budget_id IF NOT EXISTS
FOR (n:Budget) REQUIRE n.id IS UNIQUE
