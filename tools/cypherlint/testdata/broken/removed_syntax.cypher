// expect: no longer supported
MATCH (p:Plan)
WHERE exists(p.title)
RETURN p.id AS id
