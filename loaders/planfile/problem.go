package planfile

import (
	"fmt"
	"sort"
	"strings"

	"github.com/wardgraph/wardgraph"
)

// maxProblems is how many problems one error reports; the rest are counted.
const maxProblems = 10

// problem is one thing wrong with a file, at a place in it. field is the
// JSON pointer of the value concerned; syntax problems have none.
type problem struct {
	at       pos
	field    string
	hasField bool
	msg      string
}

// fieldProblem is a problem with the value at ptr, reported at at.
func fieldProblem(at pos, ptr, msg string) problem {
	return problem{at: at, field: ptr, hasField: true, msg: msg}
}

// render writes the problem as name:line:col: field: message (name:line:
// when the column is not known).
func (p problem) render(name string) string {
	where := fmt.Sprintf("%s:%d:%d", name, p.at.line, p.at.col)
	if p.at.col == 0 {
		where = fmt.Sprintf("%s:%d", name, p.at.line)
	}
	if !p.hasField {
		return where + ": " + p.msg
	}
	return where + ": " + fieldPath(p.field) + ": " + p.msg
}

// invalid turns problems into one EINVALID error, one line per problem in
// file order, at most maxProblems of them.
func invalid(name string, probs []problem) error {
	sort.SliceStable(probs, func(i, j int) bool {
		a, b := probs[i].at, probs[j].at
		return a.line < b.line || a.line == b.line && a.col < b.col
	})
	var lines []string
	for i, p := range probs {
		if i == maxProblems {
			lines = append(lines, fmt.Sprintf("%s: and %d more problems", name, len(probs)-maxProblems))
			break
		}
		lines = append(lines, p.render(name))
	}
	return wardgraph.Errorf(wardgraph.EINVALID, "%s", strings.Join(lines, "\n"))
}
