// expect: Type mismatch
MATCH (p:Plan)
RETURN toLower(p.fiscalYear > 2017) AS t
