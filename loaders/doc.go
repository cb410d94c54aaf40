// Package loaders reads plans from files and loads them into a store.
//
// Files are dispatched by extension: .txt is a page text, parsed by
// loaders/page; .html and .htm are HTML pages, rendered into lines by
// loaders/htmlpage and parsed by page.ParseLines (a .txt that is really
// HTML is read as HTML, with a warning); .json, .yaml and .yml are plan
// files, decoded by loaders/planfile. Any other extension is refused. Pages
// are decoded by loaders/textenc (UTF-8 ± BOM, UTF-16 with BOM, Shift_JIS,
// EUC-JP; CR, CRLF, LF). Sizes are checked from the file's metadata before
// anything is read, and only regular files are opened: the type is checked
// before opening and the file is opened non-blocking, so a FIFO or a device
// cannot hang a read.
//
// Directories are walked recursively in lexical order. Hidden files and
// folders (names starting with ".") are skipped silently; files of other
// types, special files, directories named like files and symbolic links
// that loop, dangle or leave the folder are skipped and reported
// (Summary.Skipped, with the reason). index.json (and wardgraph-fetch.json,
// the manifest of `wardgraph fetch`) is not a plan: in a folder of page texts it is the sources index,
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
