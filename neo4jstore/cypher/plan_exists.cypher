// Counts the plans with the given id: 0 or 1.
// param planId: STRING
MATCH (p:Plan {id: $planId})
RETURN count(p) AS n
