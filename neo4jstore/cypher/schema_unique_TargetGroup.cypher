// Makes the ids of TargetGroup nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_TargetGroup_id IF NOT EXISTS
FOR (n:TargetGroup) REQUIRE n.id IS UNIQUE
