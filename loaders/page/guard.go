package page

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// guarded is a regular expression behind a cheap test that every text it
// matches passes (a literal the match contains, the byte the text starts
// with): a text that fails the test cannot match and is not run through
// the regular expression, which would try it at every position. Most
// lines of a page fail the tests of most expressions. An expression whose
// matches all begin with one of a few characters is run only from the
// first of them in the text. TestGuards holds each guard to its expression.
type guarded struct {
	re     *regexp.Regexp
	may    func(s string) bool // false: re matches nowhere in s
	starts string              // when set, every match begins with one of these characters
}

// guard compiles a pattern behind its test.
func guard(pattern string, may func(s string) bool) guarded {
	return guarded{re: regexp.MustCompile(pattern), may: may}
}

// guardFrom is guard for a pattern whose every match begins with one of
// the characters of starts. The pattern must not look before its match
// (no ^, \A, \b, \B), so that a search from the first of them finds the
// same matches; a pattern that does is a defect and panics.
func guardFrom(pattern string, may func(s string) bool, starts string) guarded {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || looksBehind(re) {
		panic("page: guardFrom: pattern looks before its match or does not parse: " + pattern)
	}
	return guarded{re: regexp.MustCompile(pattern), may: may, starts: starts}
}

// looksBehind reports whether a parsed pattern has an assertion that reads
// the text before the position it is tried at.
func looksBehind(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	for _, sub := range re.Sub {
		if looksBehind(sub) {
			return true
		}
	}
	return false
}

// from returns where in s a match may first begin, -1 for nowhere.
func (g guarded) from(s string) int {
	switch {
	case !g.may(s):
		return -1
	case g.starts == "":
		return 0
	}
	return firstOf(s, g.starts)
}

// firstOf returns the index of the first character of s that is one of
// chars, -1 for none: strings.IndexAny, which when chars holds a character
// beyond ASCII decodes every rune of s, so then they are looked for one by
// one.
func firstOf(s, chars string) int {
	if isASCII(chars) {
		return strings.IndexAny(s, chars)
	}
	first := -1
	for _, r := range chars {
		if i := strings.IndexRune(s, r); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// MatchString is regexp.MatchString behind the test.
func (g guarded) MatchString(s string) bool {
	k := g.from(s)
	return k >= 0 && g.re.MatchString(s[k:])
}

// FindStringSubmatch is regexp.FindStringSubmatch behind the test.
func (g guarded) FindStringSubmatch(s string) []string {
	if k := g.from(s); k >= 0 {
		return g.re.FindStringSubmatch(s[k:])
	}
	return nil
}

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex behind the test.
func (g guarded) FindStringSubmatchIndex(s string) []int {
	if k := g.from(s); k >= 0 {
		return shift(g.re.FindStringSubmatchIndex(s[k:]), k)
	}
	return nil
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex behind
// the test.
func (g guarded) FindAllStringSubmatchIndex(s string, n int) [][]int {
	k := g.from(s)
	if k < 0 {
		return nil
	}
	all := g.re.FindAllStringSubmatchIndex(s[k:], n)
	for _, ix := range all {
		shift(ix, k)
	}
	return all
}

// ReplaceAllString is regexp.ReplaceAllString behind the test.
func (g guarded) ReplaceAllString(s, repl string) string {
	k := g.from(s)
	if k < 0 {
		return s
	}
	return s[:k] + g.re.ReplaceAllString(s[k:], repl)
}

// shift moves the index pairs of a match found in s[k:] to s.
func shift(ix []int, k int) []int {
	for i, v := range ix {
		if v >= 0 {
			ix[i] = v + k
		}
	}
	return ix
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
