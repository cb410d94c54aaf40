// Returns the candidates of a search whose terms the full-text index cannot
// find exactly (one character, or not Chinese/Japanese): every node whose
// text contains every (lower-case) term.
// param terms: LIST<STRING>
MATCH (n:Entity)
WHERE n.text <> '' AND all(t IN $terms WHERE toLower(n.text) CONTAINS t)
RETURN n
