// Returns the part of the stored graph that the given initiatives need, and
// nothing of the rest of their plans: for each initiative its chain from
// the plan (ADDRESSES, PURSUED_BY, IMPLEMENTED_BY), the plan's FROM edge to
// its source (title line, source fields) and every relationship out of the
// initiative (budget lines, links, its own FROM). One row: every node those
// relationships touch, once, and the relationships as {from, to, type,
// props}, so that a plan or source shared by many rows is sent once.
// param ids: LIST<STRING>
MATCH (p:Plan)-[r1:ADDRESSES]->(:Issue)-[r2:PURSUED_BY]->(:Strategy)-[r3:IMPLEMENTED_BY]->(i:Initiative)
WHERE i.id IN $ids
OPTIONAL MATCH (p)-[r4:FROM]->(:Source)
OPTIONAL MATCH (i)-[r5]->(:Entity)
WITH r1, r2, r3, r4, collect(r5) AS out
UNWIND [r1, r2, r3, r4] + out AS r
WITH DISTINCT r
WHERE r IS NOT NULL
WITH collect(r) AS rels
UNWIND rels AS r
UNWIND [startNode(r), endNode(r)] AS n
WITH rels, collect(DISTINCT n) AS nodes
RETURN nodes,
       [r IN rels | {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r)}] AS rels
