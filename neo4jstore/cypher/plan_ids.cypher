// Returns the ids of the plans that match a filter. Empty lists select
// everything; anyDraft selects finals and drafts alike, else draft says which.
// param ids: LIST<STRING>
// param wardIds: LIST<STRING>
// param fiscalYears: LIST<INTEGER>
// param anyDraft: BOOLEAN
// param draft: BOOLEAN
MATCH (w:Ward)-[:ADOPTED]->(p:Plan)
WHERE (size($ids) = 0 OR p.id IN $ids)
  AND (size($wardIds) = 0 OR w.id IN $wardIds)
  AND (size($fiscalYears) = 0 OR p.fiscalYear IN $fiscalYears)
  AND ($anyDraft OR p.draft = $draft)
RETURN p.id AS id
ORDER BY w.code, p.fiscalYear, p.draft
