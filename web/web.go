// Package web holds the built wardgraph explorer and GraphiQL (web/dist,
// built by `npm run build` from web/src and committed), embedded in the
// binary so `wardgraph serve` needs neither Node nor a network.
package web

import (
	"embed"
	"io/fs"
)

//go:embed dist
var dist embed.FS

// FS is the built site: index.html (the explorer), graphiql/index.html and
// assets/ (content-hashed JavaScript and CSS).
var FS fs.FS = mustSub(dist, "dist")

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err)
	}
	return sub
}
