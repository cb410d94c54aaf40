package page

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
)

// text adds a content line to the part the parser is in.
func (b *builder) text(c class) {
	if b.budgetLine(c) {
		return
	}
	if c = b.fillAmount(c); c.title == "" {
		return // the line was only the amount of a budget label above it
	}
	t := c.title
	switch b.mode {
	case mPreamble:
		b.preamble(c)
	case mGoal:
		b.goal = append(b.goal, c)
	case mMissions:
		b.missions = append(b.missions, c)
	case mPolicy:
		if b.p.PolicyLine == 0 {
			b.p.PolicyLine = c.line.n
		}
		b.appendPara(fieldKey{nodeKey{kind: "policy"}, -1}, t)
		b.keep(nodeKey{kind: "policy"}, srcLine{c.line.n, t})
	case mIssue:
		b.issueText(c)
	case mStrategyList:
		b.listText(c)
	case mInitiativeList:
		b.listInitiative(c)
	case mStrategy:
		k := nodeKey{kind: "strategy", i: b.ii, j: b.si}
		b.appendPara(fieldKey{k, -1}, t)
		b.keep(k, srcLine{c.line.n, t})
	case mInitiative:
		k := nodeKey{kind: "initiative", i: b.ii, j: b.si, k: b.ni}
		b.appendPara(fieldKey{k, -1}, t)
		b.keep(k, srcLine{c.line.n, t})
	default:
		b.otherText(c)
	}
}

// otherText handles content in the section, reform and contact states,
// and the lines no part takes.
func (b *builder) otherText(c class) {
	switch b.mode {
	case mIgnore:
		b.notContent[c.line.n] = true
	case mIssues, mReform, mOrphan:
		b.unplace(c.line.n)
	case mSection:
		b.appendPara(fieldKey{b.secKey, len(*b.sections(b.secKey)) - 1}, c.title)
		b.keep(b.secKey, srcLine{c.line.n, c.title})
	case mReformItem:
		b.appendPara(fieldKey{nodeKey{kind: "reform", i: len(b.p.ReformItems) - 1}, -1}, c.title)
	case mContact:
		b.contact(c)
	}
}

// budgetLine attaches a line holding nothing but budget expressions, in
// brackets or written out in a bullet (・令和4年度予算額 5千3百万円), to the
// current initiative or issue.
func (b *builder) budgetLine(c class) bool {
	owner := b.budgetOwner()
	if owner == nil {
		return false
	}
	bs, rest := splitBudgets(c.line.text, b.p.FiscalYear, c.line.n)
	if len(bs) == 0 || strings.TrimSpace(rest) != "" { // TrimSpace: what collapsing would leave
		bl, ok := lineBudget(c.title, b.p.FiscalYear, c.line.n)
		if !ok {
			return false
		}
		bs = []wardgraph.Budget{bl}
	}
	*owner = append(*owner, bs...)
	b.awaitAmount(owner)
	return true
}

// budgetOwner returns the budget lines of the current initiative or issue,
// nil when the parser is in neither.
func (b *builder) budgetOwner() *[]wardgraph.Budget {
	switch {
	case b.mode == mIssue:
		return &b.p.Issues[b.ii].Budgets
	case (b.mode == mInitiative || b.mode == mInitiativeList) && b.ni >= 0:
		return &b.p.Issues[b.ii].Strategies[b.si].Initiatives[b.ni].Budgets
	}
	return nil
}

// fillAmount gives a budget label that printed no amount the first amount
// in brackets of a following line ((1,976千円), or a line that is only an
// amount), and returns the line without it.
func (b *builder) fillAmount(c class) class {
	if b.pending == nil {
		return c
	}
	last := &(*b.pending)[len(*b.pending)-1]
	if parseAmount(c.title) != nil {
		last.AmountYen, last.Raw = parseAmount(c.title), last.Raw+" "+c.title
		c.title, b.pending = "", nil
		b.budgetRead[c.line.n] = true
		return c
	}
	if m := reBareMoney.FindStringSubmatchIndex(c.title); m != nil {
		last.AmountYen, last.Raw = parseAmount(c.title[m[2]:m[3]]), last.Raw+" "+c.title[m[2]:m[3]]
		c.title, b.pending = strings.TrimSpace(c.title[:m[0]]+c.title[m[1]:]), nil
		b.budgetRead[c.line.n] = true
	}
	return c
}

var reTrailingDate = regexp.MustCompile(`\s*\(([^()]*)\)\s*$`)

// preamble reads revision notes between the title and the goal. The
// page's standard introduction (intro-note terms) is not plan content;
// other preamble text is not placed.
func (b *builder) preamble(c class) {
	if words().containsTerm("intro-note", c.line.text) && !words().containsTerm("revision", c.line.text) {
		b.notContent[c.line.n] = true
		return
	}
	if !words().containsTerm("revision", c.line.text) {
		b.unplace(c.line.n)
		return
	}
	r := wardgraph.Revision{Text: c.title, Line: c.line.n}
	if m := reTrailingDate.FindStringSubmatchIndex(c.title); m != nil {
		if iso, _ := findDate(c.title[m[2]:m[3]]); iso != "" {
			r.Date, r.Text = iso, strings.TrimSpace(c.title[:m[0]])
		}
	}
	b.p.Revisions = append(b.p.Revisions, r)
}

func (b *builder) issueText(c class) {
	is := &b.p.Issues[b.ii]
	if b.needTitle {
		is.Title, b.needTitle = c.title, false
	} else {
		b.appendPara(fieldKey{nodeKey{kind: "issue", i: b.ii}, -1}, c.title)
	}
	b.keep(nodeKey{kind: "issue", i: b.ii}, srcLine{c.line.n, c.title})
}

// listText reads the lines after a 主な戦略 heading without a code: each
// list item is a strategy without a code (its list number dropped); a line
// that is not an item continues the last one, or starts one when there is
// none. A bracketed line (①【防災・減災対策】) heads a strategy whose items
// that follow are its text.
func (b *builder) listText(c class) {
	if m := reListHeading.FindStringSubmatch(c.line.text); m != nil {
		b.addListStrategy(wardgraph.Strategy{Title: strings.TrimSpace(m[1]), Line: c.line.n}, c)
		b.mode = mStrategy
		return
	}
	if !c.bullet && b.listCount > 0 {
		k := nodeKey{kind: "strategy", i: b.ii, j: b.si}
		b.appendPara(fieldKey{k, -1}, c.title)
		b.keep(k, srcLine{c.line.n, c.title})
		return
	}
	st := wardgraph.Strategy{Title: stripNumber(c.title), Line: c.line.n}
	if !c.bullet {
		st.Title, st.Description = headline(c.title), c.title
	}
	b.addListStrategy(st, c)
}

// reListHeading matches a bracketed strategy heading inside a list, with
// an optional ordinal: 1【防災・減災対策】 (① after NFKC).
var reListHeading = regexp.MustCompile(`^(?:\d{1,2}\s*)?【([^【】]+)】$`)

// addListStrategy adds a strategy of a 主な戦略 list with an ordinal code.
func (b *builder) addListStrategy(st wardgraph.Strategy, c class) {
	is := &b.p.Issues[b.ii]
	st.Code = joinCode([]int{is.Number, len(is.Strategies) + 1})
	b.addStrategy(st, class{kind: kText, title: c.title, line: c.line})
	b.listCount++
}

// headline returns the first sentence of s, cut to at most 60 runes.
func headline(s string) string {
	if i := strings.Index(s, "。"); i >= 0 {
		s = s[:i]
	}
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:60]) + "…"
	}
	return s
}

var (
	rePhone   = regexp.MustCompile(`電話\s*:\s*([0-9][0-9-]*[0-9])`)
	reFax     = regexp.MustCompile(`(?:ファックス|FAX|ファクス)\s*:\s*([0-9][0-9-]*[0-9])`)
	reAddress = regexp.MustCompile(`住所\s*:\s*(.+)$`)
	reOffice  = regexp.MustCompile(`^\S*?区役所\s+`)
)

// contact reads the footer: the office and department, then phone, fax and
// address lines.
func (b *builder) contact(c class) {
	s := c.line.text
	if b.p.Contact == nil {
		b.p.Contact = &wardgraph.Contact{}
	}
	ct := b.p.Contact
	found := false
	for _, f := range []struct {
		re  *regexp.Regexp
		dst *string
	}{{rePhone, &ct.Phone}, {reFax, &ct.Fax}, {reAddress, &ct.Address}} {
		if m := f.re.FindStringSubmatch(s); m != nil {
			*f.dst, found = strings.TrimSpace(m[1]), true
		}
	}
	switch {
	case !found && ct.Department == "":
		ct.Department, ct.Line = reOffice.ReplaceAllString(s, ""), c.line.n
	case !found:
		b.unplace(c.line.n)
	}
}
