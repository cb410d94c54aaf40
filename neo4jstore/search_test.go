package neo4jstore

import (
	"testing"

	"github.com/wardgraph/wardgraph"
)

func TestEscapeLucene(t *testing.T) {
	tests := map[string]string{
		"子育て":                `子育て`,
		`a+b-c`:              `a\+b\-c`,
		`(x) AND [y]`:        `\(x\) AND \[y\]`,
		`"quoted" \ path/to`: `\"quoted\" \\ path\/to`,
		`*?~^:!{}&|`:         `\*\?\~\^\:\!\{\}\&\|`,
	}
	for in, want := range tests {
		if got := EscapeLucene(in); got != want {
			t.Errorf("EscapeLucene(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFullTextQuery(t *testing.T) {
	tests := []struct {
		text  string
		query string
		ok    bool
	}{
		{"子育て", `"子育て"`, true},
		{"見守り 防災", `"見守り" AND "防災"`, true},
		{"サロン", `"サロン"`, true},
		{"の", "", false},         // one character: no bigram to find
		{"ict", "", false},       // Latin: indexed as words, not substrings
		{"pdcaサイクル", "", false},  // mixed
		{"見守り の", "", false},     // one term too short
		{"コーディネーター", "", false},  // ー: scanned, to be safe
		{"人々", "", false},        // 々: scanned
		{"民生委員・児童委員", "", false}, // ・: scanned
	}
	for _, tt := range tests {
		q, ok := fullTextQuery(wardgraph.SearchTerms(tt.text))
		if q != tt.query || ok != tt.ok {
			t.Errorf("fullTextQuery(%q) = %q, %v; want %q, %v", tt.text, q, ok, tt.query, tt.ok)
		}
	}
}
