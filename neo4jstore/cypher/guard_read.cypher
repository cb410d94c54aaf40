// Reads the write guard: its generation, and whether a save is in flight
// (a writer announced and its lease not run out). No guard: no save yet.
OPTIONAL MATCH (g:WgGuard {id: 'writes'})
RETURN coalesce(g.gen, 0) AS gen,
       coalesce(g.writers, 0) > 0 AND coalesce(g.leaseUntil, 0) > timestamp() AS busy
