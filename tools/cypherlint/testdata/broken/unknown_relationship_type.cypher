// expect: Relationship type ADRESSES is not present in the database
// param planId: STRING
MATCH (p:Plan {id: $planId})-[:ADRESSES]->(i:Issue)
RETURN i.id AS id
