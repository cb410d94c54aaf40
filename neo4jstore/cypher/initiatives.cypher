// Returns one page of the initiatives that match a filter, in sort order,
// with the number of all that match. Empty values select everything;
// partner and topic match a linked node by id or by a case-insensitive part
// of its name, text a case-insensitive part of title or description.
// sort is CODE, BUDGET or FISCAL_YEAR; desc reverses BUDGET or FISCAL_YEAR
// and codeDesc the CODE order (ward code, fiscal year, final before draft,
// plan id, place in the plan). Each item comes with the version of the
// save that wrote it, for the reader to check against the plans it loads.
// param wardIds: LIST<STRING>
// param fiscalYear: INTEGER
// param issue: INTEGER
// param partner: STRING
// param topic: STRING
// param text: STRING
// param sort: STRING
// param desc: BOOLEAN
// param codeDesc: BOOLEAN
// param skip: INTEGER
// param first: INTEGER
MATCH (w:Ward)-[:ADOPTED]->(p:Plan)-[:ADDRESSES]->(iss:Issue)-[:PURSUED_BY]->(:Strategy)-[:IMPLEMENTED_BY]->(i:Initiative)
WHERE (size($wardIds) = 0 OR w.id IN $wardIds)
  AND ($fiscalYear = 0 OR p.fiscalYear = $fiscalYear)
  AND ($issue = 0 OR iss.number = $issue)
  AND ($text = '' OR toLower(i.title) CONTAINS toLower($text) OR toLower(i.description) CONTAINS toLower($text))
  AND ($partner = '' OR EXISTS {
        MATCH (i)-[:INVOLVES]->(x:Partner)
        WHERE x.id = $partner OR toLower(x.name) CONTAINS toLower($partner)
      })
  AND ($topic = '' OR EXISTS {
        MATCH (i)-[:ABOUT]->(x:Topic)
        WHERE x.id = $topic OR toLower(x.name) CONTAINS toLower($topic)
      })
WITH i.id AS id, p.id AS plan, i.wgVersion AS version,
     CASE $sort WHEN 'BUDGET' THEN i.budgetYen WHEN 'FISCAL_YEAR' THEN p.fiscalYear ELSE 0 END AS sortKey,
     [w.code, p.fiscalYear, p.draft, p.id, i.wgOrder] AS code
ORDER BY CASE WHEN $desc THEN sortKey END DESC, sortKey ASC,
         CASE WHEN $codeDesc THEN code END DESC, code ASC
WITH collect({id: id, plan: plan, version: version}) AS rows
RETURN size(rows) AS total, rows[$skip..$skip + $first] AS page
