// Takes the write guard's lock, as the first statement of a save's
// transaction, or of a read that could not get a clean answer otherwise.
// Neo4j holds it until that transaction's commit is applied in full, so a
// read holding it meets no save half applied.
MERGE (g:WgGuard {id: 'writes'})
ON CREATE SET g.gen = 0, g.writers = 0, g.leaseUntil = 0
SET g.lockedAt = timestamp()
