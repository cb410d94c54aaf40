package page

import (
	"regexp"
	"strings"
)

// guarded is a regular expression behind a cheap test that every text it
// matches passes (a literal the match contains, the byte the text starts
// with): a text that fails the test cannot match and is not run through
// the regular expression, which would try it at every position. Most
// lines of a page fail the tests of most expressions. TestGuards holds
// each test to its expression.
type guarded struct {
	re  *regexp.Regexp
	may func(s string) bool // false: re matches nowhere in s
}

// guard compiles a pattern behind its test.
func guard(pattern string, may func(s string) bool) guarded {
	return guarded{re: regexp.MustCompile(pattern), may: may}
}

// MatchString is regexp.MatchString behind the test.
func (g guarded) MatchString(s string) bool {
	return g.may(s) && g.re.MatchString(s)
}

// FindStringSubmatch is regexp.FindStringSubmatch behind the test.
func (g guarded) FindStringSubmatch(s string) []string {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex behind the test.
func (g guarded) FindStringSubmatchIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringSubmatchIndex(s)
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex behind
// the test.
func (g guarded) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindAllStringSubmatchIndex(s, n)
}

// submatches returns the texts of a match's groups from its index pairs, ""
// for a group that took part in no match (as FindStringSubmatch does).
func submatches(s string, ix []int) []string {
	out := make([]string, len(ix)/2)
	for i := range out {
		if ix[2*i] >= 0 {
			out[i] = s[ix[2*i]:ix[2*i+1]]
		}
	}
	return out
}

// ReplaceAllString is regexp.ReplaceAllString behind the test.
func (g guarded) ReplaceAllString(s, repl string) string {
	if !g.may(s) {
		return s
	}
	return g.re.ReplaceAllString(s, repl)
}

// containsAll is the test of an expression whose matches contain every
// literal.
func containsAll(lits ...string) func(string) bool {
	return func(s string) bool {
		for _, l := range lits {
			if !strings.Contains(s, l) {
				return false
			}
		}
		return true
	}
}

// hasPrefix is the test of an expression anchored at a literal: ^ページ番号.
func hasPrefix(lit string) func(string) bool {
	return func(s string) bool { return strings.HasPrefix(s, lit) }
}

// startsWithDigit is the test of an expression anchored at a digit: ^\d.
func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}
