// Deletes everything in the database: the contract test's clean start.
MATCH (n)
DETACH DELETE n
