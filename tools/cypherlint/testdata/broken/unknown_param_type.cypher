// expect: unknown parameter type TEXT
// param planId: TEXT
MATCH (p:Plan {id: $planId})
RETURN p.id AS id
