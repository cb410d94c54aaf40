// Makes the ids of Mission nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Mission_id IF NOT EXISTS
FOR (n:Mission) REQUIRE n.id IS UNIQUE
