// Announces a save before it starts, in a transaction of its own: the
// guard's generation moves on and one more writer is in flight until
// guard_end, or until the lease runs out (a writer that died).
// param leaseMs: INTEGER
MERGE (g:WgGuard {id: 'writes'})
ON CREATE SET g.gen = 0, g.writers = 0, g.leaseUntil = 0
SET g.gen = g.gen + 1, g.writers = g.writers + 1,
    g.leaseUntil = CASE WHEN g.leaseUntil > timestamp() + $leaseMs THEN g.leaseUntil ELSE timestamp() + $leaseMs END
