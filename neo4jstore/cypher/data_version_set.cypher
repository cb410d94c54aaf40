// Records the token of a save, in the save's transaction: the store's
// data version (Store.DataVersion). Two first saves racing may each create
// the node (there is no constraint on it); every later save sets them all,
// so whichever data_version reads has changed with every save.
// param version: STRING
MERGE (v:DataVersion {id: 'data'})
SET v.version = $version
