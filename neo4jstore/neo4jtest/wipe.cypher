// Deletes everything in the database: a test's clean start.
MATCH (n)
DETACH DELETE n
