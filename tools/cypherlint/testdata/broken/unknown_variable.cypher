// expect: Variable `q` not defined
MATCH (p:Plan)
RETURN q.id AS id
