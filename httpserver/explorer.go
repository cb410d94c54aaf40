package httpserver

import (
	"io/fs"
	"net/http"

	"github.com/wardgraph/wardgraph/web"
)

// explorerViews are the explorer's URL prefixes: each serves index.html so
// a deep link pasted into a report opens its view (the history API router
// in the page draws it).
var explorerViews = []string{"/search", "/plan", "/plan/", "/graph", "/compare", "/crosscut", "/budgets"}

// routeExplorer adds the explorer at / and its views, GraphiQL at
// /graphiql and the built assets at /assets/, all from the embedded build.
func routeExplorer(mux *http.ServeMux) {
	site := web.FS
	mux.Handle("GET /{$}", page(site, "index.html"))
	for _, v := range explorerViews {
		mux.Handle("GET "+v, page(site, "index.html")) // "/plan/" matches its whole subtree
	}
	mux.Handle("GET /graphiql", page(site, "graphiql/index.html"))
	mux.Handle("GET /assets/", assets(site))
}

// page serves one HTML file of the build, never cached without revalidation.
func page(site fs.FS, name string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		http.ServeFileFS(w, r, site, name)
	})
}

// assets serves the content-hashed files of the build: they never change
// under one name, so browsers may keep them for a year.
func assets(site fs.FS) http.Handler {
	files := http.FileServerFS(site)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}
