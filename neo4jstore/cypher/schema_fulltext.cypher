// The full-text index over every node's searchable text. The cjk analyzer
// splits Chinese and Japanese text into bigrams: Japanese has no spaces.
CREATE FULLTEXT INDEX wardgraph_text IF NOT EXISTS
FOR (n:Entity) ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
