// Waits until every index is online, so that the first search after start
// does not meet a full-text index that is still being populated.
// param timeoutSeconds: INTEGER
CALL db.awaitIndexes($timeoutSeconds)
