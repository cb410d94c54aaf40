package httpserver

import (
	"fmt"
	"net/http"
)

// gateLarge lets at most n requests whose body is larger than size bytes be
// decoded, parsed, validated and executed at once; the others wait for a
// slot until their deadline and are then refused (503, Retry-After, LIMIT
// large_body). Decoding and parsing a large document costs milliseconds
// even when the document is refused right after, so a flood of large
// bodies could otherwise take every core; with the gate it takes at most n
// of them, and small requests (almost every real query) keep the rest.
func gateLarge(n int, size int, cfg Config, h http.Handler) func(http.ResponseWriter, *http.Request, int) {
	slots := make(chan struct{}, n)
	msg := fmt.Sprintf("the server is answering its limit of %d requests with bodies over %d bytes at once and none ended in time; retry later", n, size)
	return func(w http.ResponseWriter, r *http.Request, bodyLen int) {
		if bodyLen <= size {
			h.ServeHTTP(w, r)
			return
		}
		select {
		case slots <- struct{}{}:
		case <-r.Context().Done():
			w.Header().Set("Retry-After", "1")
			refuse(cfg, w, http.StatusServiceUnavailable, "large_body", msg)
			return
		}
		defer func() { <-slots }()
		h.ServeHTTP(w, r)
	}
}
