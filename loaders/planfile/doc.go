// Package planfile reads and writes the wardgraph plan file: one plan as
// JSON in exactly the shape of wardgraph.Plan's JSON tags (the shape
// `wardgraph parse` prints and `wardgraph export` writes), or the same
// structure as YAML. Files are validated against the published JSON Schema
// (planschema/plan.schema.json) and then against the rules a schema cannot
// express; every error names the file, line, column and field.
//
// Ids in a file are ignored and recomputed, and the ward's name, romaji and
// id are filled in from its code, so a hand-written file needs neither.
package planfile
