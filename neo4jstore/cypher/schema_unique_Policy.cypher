// Makes the ids of Policy nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Policy_id IF NOT EXISTS
FOR (n:Policy) REQUIRE n.id IS UNIQUE
