// expect: ADOPTED
MATCH (p:Plan)-[:ADOPTED]->(w:Ward)
RETURN w.id AS id
