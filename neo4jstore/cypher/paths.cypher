// Returns the shortest paths between two nodes, ignoring direction and the
// provenance links (FROM), no longer than maxLength. The bound 6 is
// wardgraph.MaxPathLength (a test checks): bounds cannot be parameters.
// The LIMIT guards memory; paths are ordered in Go.
// param src: STRING
// param dst: STRING
// param maxLength: INTEGER
MATCH (a:Entity {id: $src})
MATCH (b:Entity {id: $dst})
MATCH p = allShortestPaths((a)-[:HAS_WARD|ADOPTED|AIMS_FOR|HAS_MISSION|HAS_POLICY|ADDRESSES|PURSUED_BY|IMPLEMENTED_BY|FUNDED_BY|INVOLVES|ABOUT|SERVES|INCLUDES|PART_OF|CONTACT*..6]-(b))
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | n.id] AS ids,
       [r IN relationships(p) | {src: startNode(r).id, type: type(r), dst: endNode(r).id, evidence: r.evidence, line: r.line, seq: r.wgSeq}] AS rels
LIMIT 10000
