// Returns the token of the last save (no row before the first save).
MATCH (v:DataVersion {id: 'data'})
RETURN v.version AS version
