package page

import (
	"fmt"

	"github.com/wardgraph/wardgraph"
)

// finish builds the goal and missions from their lines, warns about what
// the page lacks (only about parts before the cut of a partial text), names
// every content line not placed and every budget expression not read, and
// counts the coverage.
func (b *builder) finish() {
	b.buildGoal()
	b.buildMissions()
	b.setFields()
	if b.p.Contact != nil && b.p.Contact.Department == "" {
		b.warn(b.lastLine.n, "contact has no department line: contact dropped")
		b.p.Contact = nil
	}
	if b.cut && b.lastLine.n > 0 {
		b.warn(b.lastLine.n, "text ends inside %s, before the page's footer: the page seems cut short", b.where())
	}
	b.warnMissing()
	b.warnUnread()
	lines, placed := b.placedCount()
	b.p.Coverage = &wardgraph.Coverage{Lines: lines, Placed: placed}
}

// stage orders the parts of a page: a part whose stage is not before the
// stage where a partial text ends may lie beyond the cut.
func stage(m mode) int {
	switch {
	case m == mPreamble:
		return 0
	case m == mGoal:
		return 1
	case m == mMissions:
		return 2
	case m == mPolicy:
		return 3
	case m >= mIssues && m <= mSection:
		return 4
	case m == mReform || m == mReformItem:
		return 5
	}
	return 6
}

// warnMissing warns about missing parts. A heading without text says so
// with its line; a partial text is not blamed for parts after its end.
func (b *builder) warnMissing() {
	reached := stage(b.mode)
	if !b.cut {
		reached = 7
	}
	for _, m := range []struct {
		missing bool
		at      int
		heading int
		what    string
	}{
		{b.p.Goal == nil, 1, b.goalHeading, "goal (区の目標)"},
		{len(b.p.Missions) == 0, 2, b.missionHead, "missions (区の使命)"},
		{b.p.Policy == "", 3, b.policyHeading, "ward head's policy (区運営の基本的な考え方)"},
		{len(b.p.Issues) == 0, 4, 0, "management issues (経営課題)"},
		{b.p.Contact == nil, 6, 0, "contact (このページの作成者・問合せ先)"},
	} {
		switch {
		case !m.missing:
		case m.heading > 0 && m.at < reached:
			b.warn(m.heading, "the %s heading has no text under it", m.what)
		case m.at < reached:
			b.warn(0, "no %s found", m.what)
		}
	}
	if b.p.Source.PageNumber == "" {
		b.warn(0, "no page number (ページ番号) found: no source URL")
	}
	for i, is := range b.p.Issues {
		if len(is.Strategies) == 0 && !(b.cut && i == len(b.p.Issues)-1) {
			b.warn(is.Line, "issue %d has no strategies", is.Number)
		}
	}
}

// where describes the part the parser is in, for warnings.
func (b *builder) where() string {
	switch b.mode {
	case mPreamble:
		return "the page header"
	case mIgnore:
		return "the page's attachment links"
	case mOrphan:
		return "a section outside any management issue"
	case mGoal:
		return "the goal"
	case mMissions:
		return "the missions"
	case mPolicy:
		return "the ward head's policy"
	case mIssues:
		return "the list of management issues"
	case mReform, mReformItem:
		return "the city reform items"
	case mContact:
		return "the contact"
	}
	k, ok := b.currentKey()
	if !ok {
		return "the page"
	}
	if b.mode == mSection {
		secs := *b.sections(b.secKey)
		return fmt.Sprintf("section %s of %s", secs[len(secs)-1].Title, b.nodeName(b.secKey))
	}
	return b.nodeName(k)
}

// nodeName names an issue-tree node: issue 1, strategy 1-1, initiative 1-1-1.
func (b *builder) nodeName(k nodeKey) string {
	is := b.p.Issues[k.i]
	switch k.kind {
	case "strategy":
		return "strategy " + is.Strategies[k.j].Code
	case "initiative":
		return "initiative " + is.Strategies[k.j].Initiatives[k.k].Code
	}
	return fmt.Sprintf("issue %d", is.Number)
}
