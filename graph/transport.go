package graph

import (
	"encoding/json"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// httpTransport serves GraphQL over HTTP (POST with an application/json
// body, and GET with the parameters in the URL) as the GraphQL-over-HTTP
// specification asks: the response media type follows Accept, request
// errors answer 200 with application/json and 400 without a data entry
// with application/graphql-response+json, and the executor's response is
// written as it comes, without being encoded a second time. GET answers
// are cacheable when cache is set (see httpCache).
type httpTransport struct {
	cache *httpCache
}

var _ graphql.Transport = httpTransport{}

// Supports reports whether r is a GET or a POST with a JSON body.
func (httpTransport) Supports(r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" {
		return false
	}
	switch r.Method {
	case http.MethodGet:
		return true
	case http.MethodPost:
		mediaType, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		return err == nil && mediaType == "application/json"
	}
	return false
}

// Do reads the request's parameters, executes them and writes the answer.
func (t httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	start := graphql.Now()
	out := newResponseWriter(w, r.Header.Get("Accept"))
	var params *graphql.RawParams
	var msg string
	if r.Method == http.MethodGet {
		params, msg = getParams(r.URL.RawQuery)
	} else {
		params, msg = postParams(r)
	}
	if msg != "" {
		out.status(http.StatusBadRequest, msg)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	if r.Method == http.MethodGet {
		t.serveGET(out, r, exec, params)
		return
	}
	t.execute(out, r, exec, params)
}

// execute runs params and writes the response (or the request error).
func (t httpTransport) execute(out *responseWriter, r *http.Request, exec graphql.GraphExecutor, params *graphql.RawParams) *graphql.Response {
	ctx := r.Context()
	opCtx, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		out.requestError(exec.DispatchError(graphql.WithOperationContext(ctx, opCtx), errs))
		return nil
	}
	if r.Method == http.MethodGet && opCtx.Operation.Operation != ast.Query {
		out.w.Header().Set("Allow", http.MethodPost)
		out.status(http.StatusMethodNotAllowed, "GET requests only allow query operations; send a mutation with POST")
		return nil
	}
	responses, ctx := exec.DispatchOperation(ctx, opCtx)
	resp := responses(ctx)
	out.result(resp)
	return resp
}

// postParams decodes a POST body; a body that is not a JSON object of
// GraphQL parameters gives nil and the message to answer 400 with.
func postParams(r *http.Request) (*graphql.RawParams, string) {
	params := &graphql.RawParams{}
	dec := json.NewDecoder(r.Body)
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		return nil, "the request body is not a JSON object of GraphQL parameters (query, operationName, variables, extensions)"
	}
	return params, checkParams(params)
}

// getParams decodes a GET request's URL parameters; variables and
// extensions are JSON objects.
func getParams(rawQuery string) (*graphql.RawParams, string) {
	values, err := url.ParseQuery(rawQuery)
	if err != nil {
		return nil, "the URL's query string cannot be parsed"
	}
	params := &graphql.RawParams{
		Query:         values.Get("query"),
		OperationName: values.Get("operationName"),
	}
	for _, p := range []struct {
		name string
		into *map[string]any
	}{{"variables", &params.Variables}, {"extensions", &params.Extensions}} {
		name, into := p.name, p.into
		if v := values.Get(name); v != "" {
			dec := json.NewDecoder(strings.NewReader(v))
			dec.UseNumber()
			if err := dec.Decode(into); err != nil {
				return nil, "the " + name + " parameter is not a JSON object"
			}
		}
	}
	return params, checkParams(params)
}

// checkParams refuses parameters without a query, unless they name a
// persisted query (APQ sends only its hash).
func checkParams(params *graphql.RawParams) string {
	if params.Query != "" || params.Extensions["persistedQuery"] != nil {
		return ""
	}
	return "the request has no query parameter"
}
