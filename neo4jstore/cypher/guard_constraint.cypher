// Makes the write guard a single node: concurrent MERGEs of it (one per
// save, from any process) then meet on the constraint's lock. Idempotent.
CREATE CONSTRAINT wardgraph_WgGuard_id IF NOT EXISTS
FOR (g:WgGuard) REQUIRE g.id IS UNIQUE
