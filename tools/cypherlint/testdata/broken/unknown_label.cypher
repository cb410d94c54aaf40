// expect: Label Plann is not present in the database
// param planId: STRING
MATCH (p:Plann {id: $planId})
RETURN p.id AS id
