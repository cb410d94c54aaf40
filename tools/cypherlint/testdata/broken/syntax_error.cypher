// expect: Invalid input
// param planId: STRING
MATCH (p:Plan {id: $planId})
RETURN p WHERE
