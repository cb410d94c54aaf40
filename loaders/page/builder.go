package page

import (
	"fmt"
	"strings"

	"github.com/wardgraph/wardgraph"
)

// mode is the state of the parser: the part of the page whose text the
// next content line belongs to.
type mode int

const (
	mPreamble mode = iota
	mGoal
	mMissions
	mPolicy
	mIssues
	mIssue
	mStrategyList
	mStrategy
	mInitiative
	mSection
	mReform
	mReformItem
	mContact
	mIgnore         // after a repeated title: attachment links, not content
	mInitiativeList // after 【主な具体的取組】 alone: one initiative per item
	mOrphan         // after a section heading outside any issue
)

// nodeKey names a plan part for the text kept for partner and topic
// extraction: kind plus issue, strategy and initiative indexes.
type nodeKey struct {
	kind    string
	i, j, k int
}

// builder is the state machine that turns classified lines into a Plan.
type builder struct {
	p          *wardgraph.Plan
	mode       mode
	ii, si, ni int     // current issue, strategy, initiative (-1: none)
	secKey     nodeKey // owner of the current section
	needTitle  bool    // the last issue heading had no title
	listCount  int     // strategies made from the current 主な戦略 list
	program    string
	goal       []class
	missions   []class
	texts      map[nodeKey][]srcLine
	order      []nodeKey
	paras      map[fieldKey][]string
	fieldOrder []fieldKey
	lastLine   srcLine

	cut                      bool // the text ends before the page's footer
	lastContent              int  // the last content line
	goalHeading, missionHead int  // lines of the goal and mission headings
	policyHeading            int
	sloganLines              []string
	content                  []srcLine    // content lines: not blank, not chrome
	notContent               map[int]bool // content-looking lines that are not: page introduction, attachments
	placed                   map[int]bool // content lines that landed in a field
	warnedAt                 map[int]bool // lines some warning names
	budgetRead               map[int]bool // lines whose money went into a budget line of another line
	pending                  *[]wardgraph.Budget
	listBudget               wardgraph.Budget // the budget label of a 【主な具体的取組】 list heading
	issueSection             *class           // a section heading between the issues heading and the first issue
}

func newBuilder(p *wardgraph.Plan) *builder {
	return &builder{p: p, ii: -1, si: -1, ni: -1, texts: map[nodeKey][]srcLine{}, paras: map[fieldKey][]string{},
		notContent: map[int]bool{}, placed: map[int]bool{}, warnedAt: map[int]bool{}, budgetRead: map[int]bool{}}
}

// warn records a warning about a line.
func (b *builder) warn(line int, format string, args ...any) {
	b.warnedAt[line] = true
	b.p.Warnings = append(b.p.Warnings, wardgraph.Warning{Line: line, Message: fmt.Sprintf(format, args...)})
}

// unplace marks a content line as not placed in any field.
func (b *builder) unplace(n int) { b.placed[n] = false }

// unplaceWarn marks a line as not placed and says why.
func (b *builder) unplaceWarn(n int, format string, args ...any) {
	b.unplace(n)
	b.warn(n, format, args...)
}

// keep records a line of a node's text for link extraction.
func (b *builder) keep(k nodeKey, l srcLine) {
	if _, ok := b.texts[k]; !ok {
		b.order = append(b.order, k)
	}
	b.texts[k] = append(b.texts[k], l)
}

// line feeds one classified line to the state machine. Every content
// line is placed unless a handler says otherwise; the last line of a
// partial text that is a heading fragment is dropped with a warning.
func (b *builder) line(c class) {
	if c.kind == kBlank || c.kind == kChrome {
		return
	}
	b.lastLine = c.line
	b.content = append(b.content, c.line)
	b.placed[c.line.n] = true
	if b.cut && c.line.n == b.lastContent && isFragment(c) {
		b.unplaceWarn(c.line.n, "heading %q is cut in the middle: dropped", c.line.text)
		return
	}
	switch c.kind {
	case kTitle:
		b.laterTitle(c)
	case kDate:
		if b.p.Source.UpdatedOn == "" && b.mode == mPreamble {
			b.p.Source.UpdatedOn, _ = findDate(c.line.text)
		} else if b.mode != mPreamble {
			b.unplace(c.line.n)
		}
	case kPageNumber:
		if b.p.Source.PageNumber == "" {
			b.p.Source.PageNumber = c.title
		}
	default:
		b.structural(c)
	}
}

// structural handles headings and content.
func (b *builder) structural(c class) {
	if c.kind != kText {
		b.pending = nil
	}
	if b.mode == mPolicy && (c.kind == kPolicy || c.kind == kUnknownHeading) {
		c.kind = kText // a ward's labelled block inside the policy (【…区政3本柱】) is policy text
		c.title = c.line.text
	}
	switch c.kind {
	case kGoal:
		b.mode, b.goalHeading = mGoal, c.line.n
	case kMission:
		b.mode, b.missionHead = mMissions, c.line.n
	case kPolicy:
		b.mode, b.policyHeading = mPolicy, c.line.n
	case kSloganLine:
		b.sloganLines = append(b.sloganLines, c.title)
		if b.mode == mGoal {
			b.goal = append(b.goal, class{kind: kText, title: c.title, line: c.line})
		}
	case kColumnHeader:
	case kInitiativeList:
		b.startInitiativeList(c)
	case kIssues:
		b.mode = mIssues
	case kIssue:
		b.startIssue(c)
	case kStrategyList:
		b.startStrategyList(c)
	case kStrategy:
		b.startStrategy(c)
	case kInitiative:
		b.startInitiative(c)
	case kSection:
		b.startSection(c)
	case kReformProgram:
		b.program, b.mode = c.title, mReform
	case kReformItem:
		b.startReformItem(c)
	case kContact:
		b.mode = mContact
	case kUnknownHeading:
		if b.mode != mPreamble {
			b.warn(c.line.n, "unknown heading %q: its text is kept with the part before it", c.title)
		}
		b.text(class{kind: kText, title: c.title, line: c.line})
	default:
		b.text(c)
	}
}

// issue returns the current issue, making one (and warning) when a
// strategy or initiative comes before any issue heading.
func (b *builder) issue(c class, number int) *wardgraph.Issue {
	if b.ii < 0 {
		if number == 0 {
			number = 1
		}
		b.warn(c.line.n, "%s comes before any management issue heading: put under issue %d", describe(c), number)
		b.p.Issues = append(b.p.Issues, wardgraph.Issue{Number: number, Line: c.line.n})
		b.ii, b.si, b.ni = len(b.p.Issues)-1, -1, -1
	}
	return &b.p.Issues[b.ii]
}

// describe names a heading line for warnings.
func describe(c class) string {
	code := joinCode(c.numbers)
	switch c.kind {
	case kStrategy, kStrategyList:
		return strings.TrimSpace("strategy " + code)
	case kInitiative:
		return strings.TrimSpace("initiative " + code)
	case kSection:
		return "section " + c.title
	}
	return "line"
}

// joinCode formats code numbers as 1-2-3.
func joinCode(nums []int) string {
	parts := make([]string, len(nums))
	for i, n := range nums {
		parts[i] = fmt.Sprint(n)
	}
	return strings.Join(parts, "-")
}

// fieldKey names a text field of a plan part: its description (sec -1),
// the text of one of its sections (sec >= 0), or the policy, a mission or
// a reform item's description.
type fieldKey struct {
	node nodeKey
	sec  int
}

// appendPara adds a paragraph to a text field. Paragraphs are collected and
// joined with \n once, in setFields, so that long texts cost linear time.
func (b *builder) appendPara(k fieldKey, s string) {
	if _, ok := b.paras[k]; !ok {
		b.fieldOrder = append(b.fieldOrder, k)
	}
	b.paras[k] = append(b.paras[k], s)
}

// setFields joins the collected paragraphs into their fields.
func (b *builder) setFields() {
	for _, k := range b.fieldOrder {
		*b.field(k) = strings.Join(b.paras[k], "\n")
	}
}

// field returns the text field a key names.
func (b *builder) field(k fieldKey) *string {
	n := k.node
	switch {
	case n.kind == "policy":
		return &b.p.Policy
	case n.kind == "mission":
		return &b.p.Missions[n.i].Text
	case n.kind == "reform":
		return &b.p.ReformItems[n.i].Description
	case k.sec >= 0:
		secs := *b.sections(n)
		return &secs[k.sec].Text
	case n.kind == "issue":
		return &b.p.Issues[n.i].Description
	case n.kind == "strategy":
		return &b.p.Issues[n.i].Strategies[n.j].Description
	}
	return &b.p.Issues[n.i].Strategies[n.j].Initiatives[n.k].Description
}

// empty reports whether no goal, mission, policy or issue was found.
func (b *builder) empty() bool {
	return len(b.goal) == 0 && len(b.missions) == 0 && len(b.p.Issues) == 0 &&
		len(b.paras[fieldKey{nodeKey{kind: "policy"}, -1}]) == 0
}

// laterTitle handles a title-like line after the header: a line that
// repeats the title (a link to the PDF or the revision history) ends the
// content; any other is ordinary text.
func (b *builder) laterTitle(c class) {
	switch {
	case b.mode == mPreamble:
	case b.p.Title != "" && strings.HasPrefix(c.line.text, b.p.Title):
		b.mode = mIgnore
	default:
		c.kind = kText
		c.title, c.bullet = stripBullet(c.line.text)
		b.text(c)
	}
}
