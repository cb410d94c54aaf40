// Records the token of a save, in the save's transaction: the store's
// data version (Store.DataVersion).
// param version: STRING
MERGE (v:DataVersion {id: 'data'})
SET v.version = $version
