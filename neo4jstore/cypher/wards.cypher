// Returns the wards that have at least one plan, by code, with the stored
// plan information of each ward's first plan (by fiscal year, final before
// draft, id), which holds the ward as that plan gave it.
MATCH (w:Ward)-[:ADOPTED]->(p:Plan)
WITH w, p
ORDER BY p.fiscalYear, p.draft, p.id
WITH w, collect(p.wgPlan)[0] AS planInfo
RETURN w.code AS code, planInfo
ORDER BY code, w.id
