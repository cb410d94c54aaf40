// Makes the ids of ReformItem nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_ReformItem_id IF NOT EXISTS
FOR (n:ReformItem) REQUIRE n.id IS UNIQUE
