package main

import "testing"

// TestApplyEdits: edits in any order apply as if from the end backwards;
// inserts at one offset keep their order.
func TestApplyEdits(t *testing.T) {
	tests := []struct {
		name  string
		edits []edit
		want  string
	}{
		{"none", nil, "abcdef"},
		{"insert", []edit{{3, 3, "X"}}, "abcXdef"},
		{"replace and delete, out of order", []edit{{4, 6, "Z"}, {0, 2, ""}}, "cdZ"},
		{"two inserts at one offset", []edit{{1, 1, "1"}, {1, 1, "2"}}, "a12bcdef"},
		{"at the end", []edit{{6, 6, "!"}}, "abcdef!"},
	}
	for _, tt := range tests {
		if got := string(applyEdits([]byte("abcdef"), tt.edits)); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
