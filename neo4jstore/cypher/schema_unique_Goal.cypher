// Makes the ids of Goal nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Goal_id IF NOT EXISTS
FOR (n:Goal) REQUIRE n.id IS UNIQUE
