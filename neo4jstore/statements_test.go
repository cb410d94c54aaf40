package neo4jstore

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
)

var (
	stringLit = regexp.MustCompile(`"([a-z][a-z0-9_]*)"`)
	paramUse  = regexp.MustCompile(`\$([A-Za-z][A-Za-z0-9_]*)`)
)

// usedStatements returns the statement names the package's Go files name
// as string literals, plus those it derives from labels and types.
func usedStatements(t *testing.T) map[string]bool {
	t.Helper()
	used := map[string]bool{}
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range stringLit.FindAllStringSubmatch(string(b), -1) {
			if _, ok := statements[m[1]]; ok {
				used[m[1]] = true
			}
		}
	}
	for _, l := range append([]string{LabelEntity}, Labels...) {
		used[uniqueStmt(l)] = true
	}
	for _, l := range Labels {
		used[mergeNodeStmt(l)] = true
	}
	for _, typ := range RelTypes {
		used[mergeRelStmt(typ)] = true
	}
	return used
}

func TestEveryStatementIsUsedAndExists(t *testing.T) {
	used := usedStatements(t)
	for name := range statements {
		if !used[name] {
			t.Errorf("cypher/%s.cypher is used by no code", name)
		}
	}
	for name := range used {
		if _, ok := statements[name]; !ok {
			t.Errorf("statement %s is used but cypher/%s.cypher does not exist", name, name)
		}
	}
	if len(statements) < len(Labels)*2+len(RelTypes) {
		t.Errorf("only %d statements embedded", len(statements))
	}
}

// TestHeadersDeclareExactlyTheParameters: every $name in a statement is
// declared in its header and every declaration is used.
func TestHeadersDeclareExactlyTheParameters(t *testing.T) {
	for name, st := range statements {
		var body []string
		for _, line := range strings.Split(st.Text, "\n") {
			if !strings.HasPrefix(strings.TrimSpace(line), "//") {
				body = append(body, line)
			}
		}
		seen := map[string]bool{}
		for _, m := range paramUse.FindAllStringSubmatch(strings.Join(body, "\n"), -1) {
			seen[m[1]] = true
		}
		var uses, decls []string
		for p := range seen {
			uses = append(uses, p)
		}
		for p := range st.Params {
			decls = append(decls, p)
		}
		sort.Strings(uses)
		sort.Strings(decls)
		if !slices.Equal(uses, decls) {
			t.Errorf("%s: uses parameters %v, declares %v", name, uses, decls)
		}
	}
}

func TestParseStatementRefusesUnknownTypes(t *testing.T) {
	if _, err := parseStatement("x", "// param a: TEXT\nRETURN $a"); err == nil {
		t.Error("parseStatement accepted the unknown type TEXT")
	}
	st, err := parseStatement("x", "// A statement.\n// param ids: LIST<STRING>\n// param n: INTEGER\nRETURN $ids, $n")
	if err != nil || st.Params["ids"] != "LIST<STRING>" || st.Params["n"] != "INTEGER" || len(st.Params) != 2 {
		t.Errorf("parseStatement = %+v, %v", st.Params, err)
	}
}

func TestCheckParams(t *testing.T) {
	st := statement{Name: "x", Params: map[string]string{"ids": "LIST<STRING>", "n": "INTEGER", "rows": "LIST<MAP>"}}
	ok := map[string]any{"ids": []string{}, "n": int64(1), "rows": []map[string]any{}}
	tests := []struct {
		name   string
		params map[string]any
		bad    bool
	}{
		{"exact", ok, false},
		{"missing", map[string]any{"ids": []string{}, "n": int64(1)}, true},
		{"extra", map[string]any{"ids": []string{}, "n": int64(1), "rows": []map[string]any{}, "x": ""}, true},
		{"int not int64", map[string]any{"ids": []string{}, "n": 1, "rows": []map[string]any{}}, true},
		{"nil list", map[string]any{"ids": nil, "n": int64(1), "rows": []map[string]any{}}, true},
	}
	for _, tt := range tests {
		err := st.check(tt.params)
		if (err != nil) != tt.bad {
			t.Errorf("%s: check = %v, want error %v", tt.name, err, tt.bad)
		}
		if err != nil && wardgraph.ErrorCode(err) != wardgraph.EINTERNAL {
			t.Errorf("%s: code %s, want EINTERNAL", tt.name, wardgraph.ErrorCode(err))
		}
	}
}

// TestPathBoundIsMaxPathLength: variable-length bounds cannot be
// parameters, so the statement spells wardgraph.MaxPathLength out.
func TestPathBoundIsMaxPathLength(t *testing.T) {
	want := fmt.Sprintf("*..%d]", wardgraph.MaxPathLength)
	if n := strings.Count(stmt("paths").Text, want); n != 1 {
		t.Errorf("paths.cypher holds %q %d times, want once", want, n)
	}
	for _, typ := range RelTypes {
		listed := strings.Contains(stmt("paths").Text, "|"+typ+"|") || strings.Contains(stmt("paths").Text, ":"+typ+"|") ||
			strings.Contains(stmt("paths").Text, "|"+typ+"*")
		if listed != (typ != wardgraph.RelFrom) {
			t.Errorf("paths.cypher lists %s: %v", typ, listed)
		}
	}
}
