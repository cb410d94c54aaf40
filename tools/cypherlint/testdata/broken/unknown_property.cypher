// expect: fiscal_year is not present in the database
MATCH (p:Plan)
RETURN p.fiscal_year AS year
