// Package loaders reads plans from files and loads them into a store.
//
// Files are dispatched by extension: .txt is a page text, parsed by
// loaders/page; .json, .yaml and .yml are plan files, decoded by
// loaders/planfile. Any other extension is refused. Sizes are checked from
// the file's metadata before anything is read.
//
// Directories are walked recursively in lexical order. Hidden files and
// folders (names starting with ".") and files of other types are skipped,
// and so is index.json: in a folder of page texts it is the sources index,
// a JSON array of {"file": "nishi_2017.txt", "url": "https://...", ...}
// entries (as in sample/osaka/index.json). When a page text is read, the
// index.json next to it is consulted: the entry for the text's file name
// gives the plan's Source.URL (page texts do not carry their URL), and a
// fiscal_year, draft or ward_ja that disagrees with the parse is reported
// as a warning. A missing index is fine; a malformed one is a warning.
//
// Every function reads either the operating system's files or any fs.FS
// (ReadFS, ExpandFS, LoadOptions.FS), so the embedded sample loads with
//
//	loaders.Load(ctx, store, []string{sample.Dir}, loaders.LoadOptions{FS: sample.FS})
//
// Load saves each plan on its own with Store.SavePlan, which is atomic: a
// bad file loads nothing and the other files still load. Loading the same
// files again replaces each plan with an identical one and so changes
// nothing (Summary.Replaced counts those plans). Two files of one run that
// yield the same plan id (a page and its export, or a final and a copy) are
// an error: the first file's plan is kept, the second is not loaded, and
// the error names both files.
package loaders
