package neo4jstore

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/wardgraph/wardgraph"
)

//go:embed cypher/*.cypher
var cypherFS embed.FS

// statement is one embedded Cypher statement. Its header comment declares
// its parameters, one per line: "// param name: TYPE".
type statement struct {
	Name   string
	Text   string
	Params map[string]string // name -> declared type
}

var paramLine = regexp.MustCompile(`^//\s*param\s+([A-Za-z][A-Za-z0-9_]*)\s*:\s*(\S+)\s*$`)

// paramTypes are the types a header may declare, as in Neo4j's type names.
var paramTypes = map[string]bool{"STRING": true, "INTEGER": true, "BOOLEAN": true, "FLOAT": true,
	"MAP": true, "LIST<STRING>": true, "LIST<INTEGER>": true, "LIST<MAP>": true}

// statements maps statement names (file names without .cypher) to statements.
var statements = mustLoadStatements(cypherFS)

func mustLoadStatements(fsys fs.FS) map[string]statement {
	m, err := loadStatements(fsys)
	if err != nil {
		panic("neo4jstore: " + err.Error())
	}
	return m
}

func loadStatements(fsys fs.FS) (map[string]statement, error) {
	files, err := fs.Glob(fsys, "cypher/*.cypher")
	if err != nil {
		return nil, err
	}
	m := map[string]statement{}
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		st, err := parseStatement(strings.TrimSuffix(path.Base(f), ".cypher"), string(b))
		if err != nil {
			return nil, err
		}
		m[st.Name] = st
	}
	return m, nil
}

func parseStatement(name, text string) (statement, error) {
	st := statement{Name: name, Text: text, Params: map[string]string{}}
	for i, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		mm := paramLine.FindStringSubmatch(strings.TrimSpace(line))
		if mm == nil {
			continue
		}
		if !paramTypes[mm[2]] {
			return st, fmt.Errorf("%s.cypher:%d: unknown parameter type %s", name, i+1, mm[2])
		}
		st.Params[mm[1]] = mm[2]
	}
	return st, nil
}

// stmt returns the statement with the given name; a missing one is a bug.
func stmt(name string) statement {
	st, ok := statements[name]
	if !ok {
		panic("neo4jstore: no statement " + name)
	}
	return st
}

// check reports an internal error when params does not hold exactly the
// declared parameters with values of the declared types.
func (st statement) check(params map[string]any) error {
	var bad []string
	for k, v := range params {
		typ, ok := st.Params[k]
		if !ok || !valueHasType(v, typ) {
			bad = append(bad, k)
		}
	}
	for k := range st.Params {
		if _, ok := params[k]; !ok {
			bad = append(bad, k)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	return wardgraph.Wrap(fmt.Errorf("statement %s: parameters %v do not match its header", st.Name, bad),
		wardgraph.EINTERNAL, "neo4j store: internal error")
}

// valueHasType reports whether v is the Go value the driver sends as typ.
// A nil list is not a list: the driver sends it as null.
func valueHasType(v any, typ string) bool {
	switch x := v.(type) {
	case string:
		return typ == "STRING"
	case int64:
		return typ == "INTEGER"
	case bool:
		return typ == "BOOLEAN"
	case float64:
		return typ == "FLOAT"
	case map[string]any:
		return typ == "MAP" && x != nil
	case []string:
		return typ == "LIST<STRING>" && x != nil
	case []int64:
		return typ == "LIST<INTEGER>" && x != nil
	case []map[string]any:
		return typ == "LIST<MAP>" && x != nil
	}
	return false
}
