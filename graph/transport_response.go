package graph

import (
	"encoding/json"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/wardgraph/wardgraph"
)

// The response media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// responseWriter writes GraphQL responses in the media type the client
// accepts.
type responseWriter struct {
	w      http.ResponseWriter
	media  string
	before func(resp *graphql.Response) // if set, called before result writes
	after  func(body []byte)            // if set, called with the body result wrote
}

// newResponseWriter picks the media type from accept: the first listed
// of application/graphql-response+json and application/json, and
// application/json for */*, application/*, a missing Accept or one that
// names neither (the specification lets a server disregard it).
func newResponseWriter(w http.ResponseWriter, accept string) *responseWriter {
	return &responseWriter{w: w, media: responseMedia(accept)}
}

// responseMedia returns the media type to answer a request with accept.
func responseMedia(accept string) string {
	for part := range strings.SplitSeq(accept, ",") {
		mediaType, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mediaType {
		case mediaGraphQLResponse:
			return mediaGraphQLResponse
		case mediaJSON, "application/*", "*/*":
			return mediaJSON
		}
	}
	return mediaJSON
}

// status answers code with one error of message (code INVALID).
func (o *responseWriter) status(code int, message string) {
	err := &gqlerror.Error{Message: message, Extensions: map[string]any{"code": wardgraph.EINVALID}}
	releaseBuffer(o.write(code, &graphql.Response{Errors: gqlerror.List{err}}))
}

// requestError answers a request that could not be executed (it does not
// parse, does not validate, its variables do not coerce, or a limit
// refused it): 200 with application/json, 400 with
// application/graphql-response+json. The body has no data entry. An
// unknown persisted query answers 200 either way, as APQ clients expect
// before they send the query itself.
func (o *responseWriter) requestError(resp *graphql.Response) {
	code := http.StatusOK
	if o.media == mediaGraphQLResponse && !persistedQueryNotFound(resp.Errors) {
		code = http.StatusBadRequest
	}
	resp.Data = nil
	releaseBuffer(o.write(code, resp))
}

// result answers an executed operation: 200, the data as the executor
// wrote it.
func (o *responseWriter) result(resp *graphql.Response) {
	if o.before != nil {
		o.before(resp)
	}
	body := o.write(http.StatusOK, resp)
	if o.after != nil {
		o.after(body)
	}
	releaseBuffer(body)
}

// write writes resp with code and returns the body written, a pooled
// buffer the caller gives back with releaseBuffer.
func (o *responseWriter) write(code int, resp *graphql.Response) []byte {
	body, err := appendResponse((*bufferPool.Get().(*[]byte))[:0], resp)
	if err != nil {
		body = append(body[:0], `{"errors":[{"message":"internal error","extensions":{"code":"INTERNAL"}}]}`...)
		code = http.StatusInternalServerError
	}
	o.writeBody(code, body)
	return body
}

// writeBody writes a response body with code.
func (o *responseWriter) writeBody(code int, body []byte) {
	h := o.w.Header()
	h.Set("Content-Type", o.media+"; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	o.w.WriteHeader(code)
	_, _ = o.w.Write(body)
}

// releaseBuffer gives a body buffer back to the pool.
func releaseBuffer(body []byte) {
	if cap(body) <= maxPooledBuffer {
		bufferPool.Put(&body)
	}
}

// maxPooledBuffer is the largest response buffer kept for reuse.
const maxPooledBuffer = 1 << 20

// bufferPool holds response buffers.
var bufferPool = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// appendResponse appends resp as JSON to buf: errors, data and extensions
// in that order (the order gqlgen's transports use). The data is the
// executor's JSON, appended as it is: it is not decoded, checked or
// compacted again.
func appendResponse(buf []byte, resp *graphql.Response) ([]byte, error) {
	buf = append(buf, '{')
	sep := false
	field := func(name string, value []byte) {
		if sep {
			buf = append(buf, ',')
		}
		buf = append(buf, '"')
		buf = append(buf, name...)
		buf = append(buf, `":`...)
		buf = append(buf, value...)
		sep = true
	}
	if len(resp.Errors) > 0 {
		b, err := json.Marshal(resp.Errors)
		if err != nil {
			return buf, err
		}
		field("errors", b)
	}
	if resp.Data != nil {
		field("data", resp.Data)
	}
	if len(resp.Extensions) > 0 {
		b, err := json.Marshal(resp.Extensions)
		if err != nil {
			return buf, err
		}
		field("extensions", b)
	}
	return append(buf, '}'), nil
}

// persistedQueryNotFound reports whether errs is APQ's "send the query"
// answer.
func persistedQueryNotFound(errs gqlerror.List) bool {
	for _, e := range errs {
		if e.Extensions["code"] == "PERSISTED_QUERY_NOT_FOUND" {
			return true
		}
	}
	return false
}
