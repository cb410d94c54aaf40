// Makes the ids of Program nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Program_id IF NOT EXISTS
FOR (n:Program) REQUIRE n.id IS UNIQUE
