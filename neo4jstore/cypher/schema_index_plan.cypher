// Indexes the plan a node belongs to: saving a plan deletes and reads its
// nodes by it.
CREATE INDEX wardgraph_Entity_plan IF NOT EXISTS
FOR (n:Entity) ON (n.plan)
