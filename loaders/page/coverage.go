package page

import (
	"strings"
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
)

// cutAt reports whether the text is partial, ending before the page's
// footer (it has no contact heading), and returns its last content line.
// cls are the lines as classifyAll classified them.
func cutAt(cls []class) (cut bool, last int) {
	cut = true
	for _, c := range cls {
		switch c.kind {
		case kBlank, kChrome:
			continue
		case kContact:
			cut = false
		}
		last = c.line.n
	}
	return cut, last
}

// headingKinds are the kinds of heading a cut can split.
var headingKinds = map[lineKind]bool{
	kIssue: true, kStrategy: true, kStrategyList: true, kInitiative: true, kInitiativeList: true,
	kSection: true, kUnknownHeading: true, kGoal: true, kMission: true, kPolicy: true, kIssues: true,
	kReformProgram: true, kReformItem: true,
}

// isFragment reports whether the last line of a partial text is a heading
// cut in the middle: a bracket opened and not closed (【具体的取), a bare
// heading with a title (経営課題1 健康で安心し: where its title ends cannot be
// seen), or the beginning of a heading term (重点的に取り組む主な経営).
func isFragment(c class) bool {
	s := c.line.text
	open := wrapped(s) && !strings.ContainsAny(s, closers)
	switch {
	case headingKinds[c.kind]:
		return open || (!wrapped(s) && c.title != "" && (c.kind == kIssue || c.kind == kStrategy || c.kind == kInitiative))
	case c.kind == kText:
		return open || startsHeadingTerm(stripNumber(s))
	}
	return false
}

// startsHeadingTerm reports whether s is the beginning, cut short, of a
// heading term.
func startsHeadingTerm(s string) bool {
	if utf8.RuneCountInString(s) < 2 {
		return false
	}
	for _, kind := range []string{"issues", "issue", "strategy", "initiative", "goal", "mission", "policy", "section", "contact"} {
		for _, t := range words().terms[kind] {
			if len(s) < len(t) && strings.HasPrefix(t, s) {
				return true
			}
		}
	}
	return false
}

// warnUnread names every content line that landed in no field ("line N
// not understood") and every budget expression that became no budget line.
func (b *builder) warnUnread() {
	budgetAt := b.budgetLines()
	for _, l := range b.content {
		switch {
		case b.notContent[l.n] || b.warnedAt[l.n]:
		case !b.placed[l.n]:
			b.warn(l.n, "not understood: %q", clip(l.text, 40))
		case !budgetAt[l.n] && !b.budgetRead[l.n] && hasMoney(l.text):
			b.warn(l.n, "budget expression not read as a budget line: %q", clip(l.text, 60))
		}
	}
}

// budgetLines returns the lines every budget line of the plan came from.
func (b *builder) budgetLines() map[int]bool {
	at := map[int]bool{}
	add := func(bs []wardgraph.Budget) {
		for _, x := range bs {
			at[x.Line] = true
		}
	}
	for _, is := range b.p.Issues {
		add(is.Budgets)
		for _, st := range is.Strategies {
			for _, in := range st.Initiatives {
				add(in.Budgets)
			}
		}
	}
	return at
}

// placedCount counts the content lines placed in a field.
func (b *builder) placedCount() (lines, placed int) {
	for _, l := range b.content {
		if b.notContent[l.n] {
			continue
		}
		lines++
		if b.placed[l.n] {
			placed++
		}
	}
	return lines, placed
}

// clip shortens s to at most n runes for a warning.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
