package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// send sends one request to h and returns the recorder.
func send(h http.Handler, method, target, contentType, accept, body string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// getURL is /graphql with the given parameters in the URL.
func getURL(params map[string]string) string {
	v := url.Values{}
	for k, p := range params {
		v.Set(k, p)
	}
	return "/graphql?" + v.Encode()
}

// TestTransportStatus checks the status, media type and data entry of
// each kind of answer, with each Accept, on POST and GET.
func TestTransportStatus(t *testing.T) {
	h := fixtureHandler(t)
	const jsonCT, gqlCT = "application/json", "application/graphql-response+json"
	tests := []struct {
		name, method, target, accept, body string
		status                             int
		media                              string
		hasData                            bool
	}{
		{"ok, no Accept", "POST", "/graphql", "", `{"query":"{ __typename }"}`, 200, jsonCT, true},
		{"ok, */*", "POST", "/graphql", "*/*", `{"query":"{ __typename }"}`, 200, jsonCT, true},
		{"ok, graphql-response+json", "POST", "/graphql", gqlCT, `{"query":"{ __typename }"}`, 200, gqlCT, true},
		{"ok, first listed wins", "POST", "/graphql", gqlCT + ", application/json;q=0.9", `{"query":"{ __typename }"}`, 200, gqlCT, true},
		{"ok, unknown Accept disregarded", "POST", "/graphql", "text/html", `{"query":"{ __typename }"}`, 200, jsonCT, true},
		{"parse error, json", "POST", "/graphql", jsonCT, `{"query":"{"}`, 200, jsonCT, false},
		{"parse error, graphql-response", "POST", "/graphql", gqlCT, `{"query":"{"}`, 400, gqlCT, false},
		{"validation error, json", "POST", "/graphql", jsonCT, `{"query":"{ nope }"}`, 200, jsonCT, false},
		{"validation error, graphql-response", "POST", "/graphql", gqlCT, `{"query":"{ nope }"}`, 400, gqlCT, false},
		{"variable coercion, json", "POST", "/graphql", jsonCT, `{"query":"query($id: ID!){ __typename }","variables":{"id":null}}`, 200, jsonCT, false},
		{"variable coercion, graphql-response", "POST", "/graphql", gqlCT, `{"query":"query($id: ID!){ __typename }","variables":{"id":null}}`, 400, gqlCT, false},
		{"body not JSON", "POST", "/graphql", jsonCT, `{ "not a JSON`, 400, jsonCT, false},
		{"body not JSON, graphql-response", "POST", "/graphql", gqlCT, `{ "not a JSON`, 400, gqlCT, false},
		{"no query", "POST", "/graphql", jsonCT, `{"qeury":"{ __typename }"}`, 400, jsonCT, false},
		{"extensions not a map", "POST", "/graphql", jsonCT, `{"query":"{ __typename }","extensions":"x"}`, 400, jsonCT, false},
		{"GET ok", "GET", getURL(map[string]string{"query": "{ __typename }"}), "", "", 200, jsonCT, true},
		{"GET parse error, graphql-response", "GET", getURL(map[string]string{"query": "{"}), gqlCT, "", 400, gqlCT, false},
		{"GET variables not JSON", "GET", getURL(map[string]string{"query": "{ __typename }", "variables": "{"}), "", "", 400, jsonCT, false},
		// The schema has no mutations, so a mutation does not validate.
		{"GET mutation", "GET", getURL(map[string]string{"query": "mutation { __typename }"}), gqlCT, "", 400, gqlCT, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ct := ""
			if tt.method == "POST" {
				ct = "application/json"
			}
			rec := send(h, tt.method, tt.target, ct, tt.accept, tt.body)
			var body map[string]json.RawMessage
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("body is not JSON: %q", rec.Body.String())
			}
			_, hasData := body["data"]
			if rec.Code != tt.status || !strings.HasPrefix(rec.Header().Get("Content-Type"), tt.media) || hasData != tt.hasData {
				t.Errorf("status %d, Content-Type %q, data entry %v; want %d, %s, %v; body %s",
					rec.Code, rec.Header().Get("Content-Type"), hasData, tt.status, tt.media, tt.hasData, rec.Body.String())
			}
			if _, hasErrors := body["errors"]; hasErrors == tt.hasData {
				t.Errorf("errors entry %v with data entry %v: %s", hasErrors, hasData, rec.Body.String())
			}
		})
	}
}

// TestTransportNoContentType checks that a POST without a JSON content
// type is refused with a 4xx.
func TestTransportNoContentType(t *testing.T) {
	rec := send(fixtureHandler(t), "POST", "/graphql", "", "", `{"query":"{ __typename }"}`)
	if rec.Code < 400 || rec.Code > 499 {
		t.Errorf("status %d, want 4xx", rec.Code)
	}
}

// TestTransportWritesDataAsExecuted checks that the body is the executor's
// JSON unchanged: the same bytes as json.Marshal would give after
// compacting, except that HTML characters are not escaped.
func TestTransportWritesDataAsExecuted(t *testing.T) {
	h := fixtureHandler(t)
	rec := send(h, "POST", "/graphql", "application/json", "", `{"query":"{ plans { id title } }"}`)
	var data struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &data); err != nil {
		t.Fatal(err)
	}
	var compacted bytes.Buffer
	if err := json.Compact(&compacted, data.Data); err != nil {
		t.Fatal(err)
	}
	want := `{"data":` + compacted.String() + `}`
	if rec.Body.String() != want || rec.Header().Get("Content-Length") != strconv.Itoa(len(want)) {
		t.Errorf("body %q (Content-Length %s)\nwant %q", rec.Body.String(), rec.Header().Get("Content-Length"), want)
	}
}
