// Indexes issues by number, which initiative filters select on.
CREATE INDEX wardgraph_Issue_number IF NOT EXISTS
FOR (n:Issue) ON (n.number)
