package page

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineKind is what the classifier makes of one line.
type lineKind int

// The line kinds, in the order the classifier tries them.
const (
	kBlank          lineKind = iota
	kChrome                  // page chrome: dropped
	kTitle                   // 平成29年度 西区運営方針 (later ones are attachment links)
	kDate                    // 2018年6月7日
	kPageNumber              // ページ番号:397102
	kContact                 // このページの作成者・問合せ先
	kReformProgram           // 「市政改革プラン2.0」に基づく取組等
	kReformItem              // 主な取組項目 未収金対策の強化
	kInitiative              // 【主な具体的取組1-1-1 …】(29年度予算額 …)
	kInitiativeList          // 【主な具体的取組】 alone: a list of initiatives follows
	kColumnHeader            // 取組 予算額: the column headers of a table
	kSloganLine              // スローガン「…」
	kStrategy                // 主な戦略【1-1 …】, <1-1 …>, 【主な戦略 title】
	kStrategyList            // 主な戦略, 【主な戦略】, 主な戦略(課題解決の方策)
	kIssue                   // 経営課題1 …
	kGoal                    // 区の目標(何をめざすのか)
	kMission                 // 区の使命(どのような役割を担うのか)
	kPolicy                  // 区運営の基本的な考え方(区長の方針)
	kIssues                  // 重点的に取り組む主な経営課題
	kSection                 // 課題認識, アウトカム指標, 関連するSDGs, …
	kUnknownHeading          // a wrapped 【…】 line nobody knows
	kText                    // content
)

// class is a classified line. Numbers are the code of an issue, strategy or
// initiative heading (empty when it has none); Title is the heading's title
// or the content text without its bullet.
type class struct {
	kind      lineKind
	numbers   []int
	title     string
	bullet    bool
	line      srcLine
	codeRange string // ~2 when the heading's code names a range (1-1-1~2)
	// issueBound: classifyBareCode turned the line, or what its bullet or
	// brackets hold, away only because it is outside an issue.
	issueBound bool
}

// Heading limits: a heading has no 。 and is short.
const (
	maxHeadingRunes = 120
	maxShortHeading = 48
)

var (
	reTitle      = guardFrom(`(平成|令和)\s*(元|\d{1,2})\s*年度\s*(.*?)\s*運営方針`, containsAll("年度", "運営方針"), "平令")
	reDateLine   = guard(`^\d{4}年\d{1,2}月\d{1,2}日(?:\s*(?:更新|作成|掲載))?$`, startsWithDigit)
	rePageNumber = guard(`^ページ番号\s*:\s*(\d+)`, hasPrefix("ページ番号"))
	reProgram    = guard(`^「(.+?)」`, hasPrefix("「"))
	reCode       = guard(`^(\d{1,2})\s*[-‐]\s*(\d{1,2})(?:\s*[-‐]\s*(\d{1,2}))?(?:\s*[-‐]\s*\(\d+\))?\s*[::]?\s*`, startsWithDigit)
	reEraPrefix  = regexp.MustCompile(`^(?:\d{1,2}\s+)?(?:(?:平成|令和)\s*(?:元|\d{1,2})\s*年度)?\s*`)
	reIssueNum   = regexp.MustCompile(`^\s*(\d{1,2})(?:\s*[-‐]\s*\(\d+\))?\s*[::]?`)
)

const openers = "【<≪〈"

// codeHyphens are the hyphens reCode accepts between the numbers of a code.
const codeHyphens = "-‐"
const closers = "】>≫〉"

// classify decides what one normalised line is. inIssue says whether the
// parser is inside an issue (bare 1-1 codes are strategies only there).
func classify(l srcLine, inIssue bool) class {
	s := l.text
	c := class{line: l}
	if s == "" {
		c.kind = kBlank
		return c
	}
	item, bullet := stripBullet(s)
	if v := words(); v.isChrome(s) || v.isChrome(strings.TrimSpace(item)) || isCaption(s) {
		c.kind = kChrome
		return c
	}
	if tryClassifiers(s, inIssue, &c) {
		return c
	}
	if inner, ok := headingInside(s, item, bullet); ok && tryClassifiers(inner, inIssue, &c) && insideHeadingKind(c.kind, inner) {
		return c // ・【区の目標】, ・主な戦略, (主な戦略): a heading written as a bullet or in brackets
	}
	c = class{line: l, kind: kText, issueBound: c.issueBound}
	c.title, c.bullet = item, bullet
	return c
}

// classifyAll classifies every line once, outside any issue: the header,
// the cut and the parse itself read these classes (see reclassify).
func classifyAll(lines []srcLine) []class {
	out := make([]class, len(lines))
	for i, l := range lines {
		out[i] = classify(l, false)
	}
	return out
}

// reclassify returns what classify(c.line, inIssue) returns, for a class
// that classifyAll made. Inside an issue only classifyBareCode may read a
// line otherwise: only a line it turned away (issueBound) that has a hyphen
// (it takes nothing without a 1-1 code) is classified again.
func reclassify(c class, inIssue bool) class {
	if inIssue && c.issueBound && firstOf(c.line.text, codeHyphens) >= 0 {
		return classify(c.line, true)
	}
	return c
}

// tryClassifiers runs the classifiers in order; the first that recognises
// the line wins.
func tryClassifiers(s string, inIssue bool, c *class) bool {
	for _, try := range classifiers {
		if try(s, inIssue, c) {
			return true
		}
	}
	return false
}

// headingInside returns what a line holds inside a symbol bullet or a pair
// of round brackets around the whole line: ・【区の目標】 gives 【区の目標】,
// (主な戦略) gives 主な戦略. item and bullet are what stripBullet(s) returns.
func headingInside(s, item string, bullet bool) (string, bool) {
	if bullet && item != s {
		return item, true
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.Count(s, "(") == 1 {
		return strings.TrimSpace(s[1 : len(s)-1]), true
	}
	return "", false
}

// insideHeadingKind reports whether a heading found inside a bullet or
// brackets is taken: any wrapped heading, and the bare labels that are
// nothing but their term (主な戦略, 概要, 区の目標).
func insideHeadingKind(k lineKind, inner string) bool {
	switch k {
	case kStrategyList, kSection, kGoal, kMission, kInitiativeList:
		return true
	case kTitle, kDate, kPageNumber, kText:
		return false
	}
	return wrapped(inner)
}

// isCaption reports whether s is an image caption: short, no 。, ending
// with a caption term (防災訓練の様子).
func isCaption(s string) bool {
	if !isHeadingLike(s, 20) {
		return false
	}
	for _, t := range words().terms["caption"] {
		if strings.HasSuffix(s, t) {
			return true
		}
	}
	return false
}

// classifiers are tried in order; the first that recognises the line wins.
var classifiers = []func(s string, inIssue bool, c *class) bool{
	classifyHeader, classifyContact, classifyReform, classifySloganLine, classifyColumnHeader, classifyInitiative,
	classifyStrategy, classifyIssue, classifyGoalMission, classifyPolicyIssues,
	classifySection, classifyBareCode, classifyUnknown,
}

// collapseSpace returns strings.Join(strings.Fields(s), " "): s without
// leading and trailing white space, each run of white space one space. A
// text that is so already is returned as it is, without splitting it.
func collapseSpace(s string) string {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') || b != ' ' && spaceAt(s, i) {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// spaceAt reports whether a white-space rune (unicode.IsSpace) may start at
// byte i of s. Beyond ASCII such runes are led by C2 (U+0085, U+00A0), E1
// (U+1680), E2 (U+2000–U+205F) or E3 (U+3000 only, E3 80 80).
func spaceAt(s string, i int) bool {
	switch b := s[i]; {
	case b < utf8.RuneSelf:
		return b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r' || b == ' '
	case b == 0xE3:
		return strings.HasPrefix(s[i:], "\u3000")
	case b == 0xC2 || b == 0xE1 || b == 0xE2:
		r, _ := utf8.DecodeRuneInString(s[i:])
		return unicode.IsSpace(r)
	}
	return false
}

// isHeadingLike reports whether s can be a heading: no 。 and not too long.
// A rune is 1 to 4 bytes: the length in bytes, then the 。 of a sentence,
// settle most lines without counting runes.
func isHeadingLike(s string, max int) bool {
	switch {
	case len(s) > utf8.UTFMax*max, hasMaru(s):
		return false
	}
	return len(s) <= max || utf8.RuneCountInString(s) <= max
}

// hasMaru is strings.Contains(s, "。"). 。 is E3 80 82 in UTF-8; Japanese
// text is full of E3 (kana) but has few 80 bytes, so they are looked for.
func hasMaru(s string) bool {
	for i := 1; i < len(s)-1; i++ {
		j := strings.IndexByte(s[i:len(s)-1], 0x80)
		if j < 0 {
			return false
		}
		i += j
		if s[i-1] == 0xE3 && s[i+1] == 0x82 {
			return true
		}
	}
	return false
}

// wrapped reports whether s starts with a heading bracket.
func wrapped(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(openers, r)
}

// unwrap removes heading brackets around s and an optional leading list
// number and era-year prefix (1 平成25年度 区運営の… becomes 区運営の…).
func unwrap(s string) string {
	s = strings.TrimSpace(strings.TrimLeft(s, openers))
	s = strings.TrimSpace(strings.TrimRight(s, closers))
	if mayEraPrefix(s) {
		s = reEraPrefix.ReplaceAllString(s, "")
	}
	return strings.TrimSpace(strings.TrimLeft(s, openers))
}

// mayEraPrefix reports whether reEraPrefix, anchored at the start, can
// match more than nothing in s: only when s starts with a digit, white
// space or an era name.
func mayEraPrefix(s string) bool {
	return startsWithDigit(s) || strings.HasPrefix(s, "平成") || strings.HasPrefix(s, "令和") ||
		s != "" && strings.IndexByte("\t\n\f\r ", s[0]) >= 0
}

// cleanTitle removes heading brackets anywhere in a heading remainder and
// collapses white space.
func cleanTitle(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(openers+closers, r) {
			return ' '
		}
		return r
	}, s)
	return collapseSpace(s)
}

func classifyHeader(s string, _ bool, c *class) bool {
	switch {
	case reDateLine.MatchString(s):
		c.kind = kDate
	case rePageNumber.MatchString(s):
		c.kind = kPageNumber
		c.title = rePageNumber.FindStringSubmatch(s)[1]
	case isHeadingLike(s, maxShortHeading) && reTitle.MatchString(s) && !words().containsTerm("policy", s):
		c.kind = kTitle
		c.title = s
	default:
		return false
	}
	return true
}

func classifyContact(s string, _ bool, c *class) bool {
	if !isHeadingLike(s, maxShortHeading) || !words().containsTerm("contact", s) || strings.Contains(s, ":") {
		return false
	}
	c.kind = kContact
	return true
}

func classifyReform(s string, _ bool, c *class) bool {
	v := words()
	if !isHeadingLike(s, maxHeadingRunes) {
		return false
	}
	if m := reProgram.FindStringSubmatch(s); m != nil && v.containsTerm("reform-program", s) {
		c.kind, c.title = kReformProgram, m[1]
		return true
	}
	if t, ok := v.hasPrefixTerm("reform-item", unwrap(s)); ok {
		c.kind, c.title = kReformItem, cleanTitle(strings.TrimPrefix(unwrap(s), t))
		return true
	}
	return false
}

// keywordHeading matches a heading that starts (after an optional bracket)
// with a term of kind and returns the remainder.
func keywordHeading(kind, s string) (term, rest string, ok bool) {
	body := strings.TrimSpace(strings.TrimLeft(s, openers))
	t, ok := words().hasPrefixTerm(kind, body)
	if !ok {
		return "", "", false
	}
	return t, strings.TrimSpace(strings.TrimPrefix(body, t)), true
}

// parseCode reads a leading 1-1 or 1-1-1 code and returns its numbers and
// the remainder.
func parseCode(s string) ([]int, string) {
	m := reCode.FindStringSubmatch(s)
	if m == nil {
		return nil, s
	}
	var nums []int
	for _, g := range m[1:4] {
		if g != "" {
			n, _ := strconv.Atoi(g)
			nums = append(nums, n)
		}
	}
	return nums, s[len(m[0]):]
}
