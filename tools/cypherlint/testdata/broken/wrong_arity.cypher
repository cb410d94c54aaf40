// expect: Too many parameters for function 'toLower'
MATCH (p:Plan)
RETURN toLower(p.title, p.id) AS t
