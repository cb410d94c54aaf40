// Returns every relationship that touches a node of the given plans, with
// both its ends. Every node of a plan has one, so this is the plans' whole
// subgraph plus the shared nodes it links to.
// param planIds: LIST<STRING>
MATCH (n:Entity)-[r]-(:Entity)
WHERE n.plan IN $planIds
WITH DISTINCT r
RETURN startNode(r) AS a, r, endNode(r) AS b
