// Makes the ids of Plan nodes unique, which also indexes them.
// Idempotent. Generated from testdata/templates by go test -update.
CREATE CONSTRAINT wardgraph_Plan_id IF NOT EXISTS
FOR (n:Plan) REQUIRE n.id IS UNIQUE
