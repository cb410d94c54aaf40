// expect: exactly one statement
MATCH (p:Plan) RETURN p.id AS id;
MATCH (w:Ward) RETURN w.id AS id
