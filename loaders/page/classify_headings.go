package page

import (
	"regexp"
	"strconv"
	"strings"
)

func classifyInitiative(s string, _ bool, c *class) bool {
	t, rest, ok := keywordHeading("initiative", s)
	if !ok || !isHeadingLike(s, maxHeadingRunes) ||
		!(wrapped(s) || strings.HasPrefix(t, "主な") || startsWithDigitOrParen(rest)) {
		return false
	}
	_, rest = extractBudgets(rest, 0, 0)
	c.kind = kInitiative
	c.numbers, c.title = parseCode(cleanTitle(rest))
	c.title = strings.TrimSpace(dropCodeRange(c))
	if len(c.numbers) == 0 && c.title == "" {
		c.kind = kInitiativeList
	}
	return true
}

// reCodeRange matches what follows a code that names a range of
// initiatives, as in 1-1-1~2 or 1-1-1~1-1-3.
var reCodeRange = regexp.MustCompile(`^\s*[~〜]\s*\d{1,2}(?:\s*-\s*\d{1,2}){0,2}\s*`)

// dropCodeRange removes the end of a code range from the title: the
// initiative keeps the first code of the range, never an invented code
// such as 1-1-1~2 (the builder warns).
func dropCodeRange(c *class) string {
	if m := reCodeRange.FindString(c.title); m != "" && len(c.numbers) > 0 {
		c.codeRange = strings.TrimSpace(m)
		return c.title[len(m):]
	}
	return c.title
}

// classifySloganLine recognises a line that starts with a slogan-line term
// and quotes the slogan: スローガン「クリーンにしてグリーンな西淀川」.
func classifySloganLine(s string, _ bool, c *class) bool {
	t, ok := words().hasPrefixTerm("slogan-line", s)
	if !ok || len(quotes(strings.TrimPrefix(s, t))) == 0 || !isHeadingLike(s, maxShortHeading) {
		return false
	}
	c.kind, c.title = kSloganLine, s
	return true
}

// columnSeparators separate the words of a column-header line.
const columnSeparators = " \t|/"

// classifyColumnHeader recognises a line made only of column words: 取組 予算額.
// The first field that is no column word ends the test. The separators
// are ASCII, so fields are cut byte by byte (as strings.FieldsFunc would
// cut them) without decoding the text.
func classifyColumnHeader(s string, _ bool, c *class) bool {
	n := 0
	for rest := s; rest != ""; {
		i := strings.IndexAny(rest, columnSeparators)
		f := rest
		if i >= 0 {
			f, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if f == "" {
			continue
		}
		if !words().isTerm("column", strings.Trim(f, openers+closers)) {
			return false
		}
		n++
	}
	if n < 2 {
		return false
	}
	c.kind, c.title = kColumnHeader, s
	return true
}

func classifyStrategy(s string, _ bool, c *class) bool {
	t, rest, ok := keywordHeading("strategy", s)
	if !ok || !isHeadingLike(s, maxHeadingRunes) ||
		!(wrapped(s) || strings.HasPrefix(t, "主な") || startsWithDigitOrParen(rest)) {
		return false
	}
	rest = cleanTitle(rest)
	if strings.HasPrefix(rest, "(") {
		if i := strings.Index(rest, ")"); i >= 0 {
			rest = strings.TrimSpace(rest[i+1:])
		}
	}
	c.numbers, c.title = parseCode(rest)
	c.title = strings.TrimSpace(c.title)
	c.kind = kStrategy
	if len(c.numbers) == 0 && c.title == "" {
		c.kind = kStrategyList
	}
	return true
}

// reFormSuffix matches the form number after a heading: (様式2), (様式2より).
var reFormSuffix = guard(`\s*[(【]\s*様式\s*\d+\s*(?:より)?\s*[)】]\s*$`, containsAll("様式"))

func classifyIssue(s string, _ bool, c *class) bool {
	_, rest, ok := keywordHeading("issue", s)
	if !ok || !isHeadingLike(s, maxHeadingRunes) {
		return false
	}
	rest = strings.TrimLeft(rest, closers+" ")
	m := reIssueNum.FindStringSubmatch(rest)
	if m == nil {
		return false
	}
	n, _ := strconv.Atoi(m[1])
	_, title := extractBudgets(rest[len(m[0]):], 0, 0)
	c.kind, c.numbers, c.title = kIssue, []int{n}, cleanTitle(title)
	return true
}

func classifyGoalMission(s string, _ bool, c *class) bool {
	if !isHeadingLike(s, maxShortHeading) {
		return false
	}
	u := unwrap(s)
	for _, k := range []struct {
		kind string
		lk   lineKind
	}{{"goal", kGoal}, {"mission", kMission}} {
		if t, ok := words().hasPrefixTerm(k.kind, u); ok {
			if r := strings.TrimPrefix(u, t); r == "" || strings.HasPrefix(r, "(") {
				c.kind, c.title = k.lk, u
				return true
			}
		}
	}
	return false
}

func classifyPolicyIssues(s string, _ bool, c *class) bool {
	if !isHeadingLike(s, maxHeadingRunes) || strings.HasPrefix(s, "「") {
		return false
	}
	u := strings.TrimSpace(reFormSuffix.ReplaceAllString(unwrap(s), ""))
	switch {
	case words().containsTerm("policy", u):
		c.kind, c.title = kPolicy, u
	case endsWithTerm("issues", u):
		c.kind, c.title = kIssues, u
	default:
		return false
	}
	return true
}

func classifySection(s string, _ bool, c *class) bool {
	if !isHeadingLike(s, maxShortHeading) {
		return false
	}
	u := unwrap(s)
	t, ok := words().hasPrefixTerm("section", u)
	if !ok {
		return false
	}
	if r := strings.TrimPrefix(u, t); r != "" && !strings.HasPrefix(r, "(") && !strings.HasPrefix(r, ":") {
		return false
	}
	c.kind, c.title = kSection, u
	return true
}

// classifyBareCode recognises 【1-1 title】, <1-1 title> anywhere and a bare
// 1-1 title inside an issue: a strategy, or an initiative for 1-1-1.
func classifyBareCode(s string, inIssue bool, c *class) bool {
	if !(wrapped(s) || inIssue) {
		c.issueBound = true
		return false
	}
	if !isHeadingLike(s, 60) {
		return false
	}
	_, body := extractBudgets(s, 0, 0)
	nums, title := parseCode(cleanTitle(body))
	if len(nums) < 2 || strings.TrimSpace(title) == "" {
		return false
	}
	c.numbers, c.title = nums, strings.TrimSpace(title)
	c.kind = kStrategy
	if len(nums) == 3 {
		c.kind = kInitiative
	}
	return true
}

func classifyUnknown(s string, _ bool, c *class) bool {
	if !(strings.HasPrefix(s, "【") || strings.HasPrefix(s, "≪")) || !isHeadingLike(s, maxShortHeading) {
		return false
	}
	if !strings.ContainsAny(s, "】≫") {
		return false
	}
	c.kind, c.title = kUnknownHeading, cleanTitle(s)
	return true
}

func startsWithDigitOrParen(s string) bool {
	s = strings.TrimLeft(s, openers+closers+" ")
	return s != "" && (s[0] >= '0' && s[0] <= '9' || s[0] == '(')
}

func endsWithTerm(kind, s string) bool {
	for _, t := range words().terms[kind] {
		if strings.HasSuffix(s, t) {
			return true
		}
	}
	return false
}
