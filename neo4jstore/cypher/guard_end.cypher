// Says a save has ended (committed or not), in a transaction of its own,
// after the save's own commit was applied in full.
MERGE (g:WgGuard {id: 'writes'})
ON CREATE SET g.gen = 0, g.writers = 1, g.leaseUntil = 0
SET g.gen = g.gen + 1, g.writers = CASE WHEN g.writers > 0 THEN g.writers - 1 ELSE 0 END
