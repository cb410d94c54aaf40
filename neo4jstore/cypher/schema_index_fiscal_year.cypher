// Indexes plans by fiscal year, which plan filters select on.
CREATE INDEX wardgraph_Plan_fiscalYear IF NOT EXISTS
FOR (n:Plan) ON (n.fiscalYear)
