// expect: deprecated
MATCH (p:Plan)
RETURN id(p) AS internalId
