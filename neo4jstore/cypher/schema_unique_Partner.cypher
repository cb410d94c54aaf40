// Makes the ids of Partner nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Partner_id IF NOT EXISTS
FOR (n:Partner) REQUIRE n.id IS UNIQUE
