// Makes the ids of Topic nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Topic_id IF NOT EXISTS
FOR (n:Topic) REQUIRE n.id IS UNIQUE
