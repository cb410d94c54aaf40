// Makes the ids of Issue nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Issue_id IF NOT EXISTS
FOR (n:Issue) REQUIRE n.id IS UNIQUE
