// expect: Parameter $planID is not defined
// param planId: STRING
MATCH (p:Plan {id: $planID})
RETURN p.id AS id
