// Returns the nodes of one label whose name contains a text, ignoring case.
// The label is a parameter compared with labels(n): labels cannot be
// parameters of a pattern.
// param label: STRING
// param nameContains: STRING
MATCH (n:Entity)
WHERE $label IN labels(n) AND toLower(n.name) CONTAINS toLower($nameContains)
RETURN n
