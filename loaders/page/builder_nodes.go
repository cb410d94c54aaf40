package page

import (
	"fmt"

	"github.com/wardgraph/wardgraph"
)

func (b *builder) startIssue(c class) {
	budgets, _ := extractBudgets(c.line.text, b.p.FiscalYear, c.line.n)
	b.p.Issues = append(b.p.Issues, wardgraph.Issue{Number: c.numbers[0], Title: c.title, Budgets: budgets, Line: c.line.n})
	b.ii, b.si, b.ni, b.mode = len(b.p.Issues)-1, -1, -1, mIssue
	b.needTitle = c.title == ""
	b.keepTitle(nodeKey{kind: "issue", i: b.ii}, c)
}

// keepTitle keeps a heading's title as text of its node.
func (b *builder) keepTitle(k nodeKey, c class) {
	if c.title != "" {
		b.keep(k, srcLine{n: c.line.n, text: c.title})
	}
}

func (b *builder) startStrategyList(c class) {
	b.issue(c, 0)
	b.mode, b.listCount, b.si, b.ni = mStrategyList, 0, -1, -1
}

func (b *builder) startStrategy(c class) {
	is := b.issue(c, first(c.numbers))
	st := wardgraph.Strategy{Title: c.title, Line: c.line.n}
	if len(c.numbers) >= 2 {
		st.Code, st.Numbered = joinCode(c.numbers[:2]), true
		if c.numbers[0] != is.Number {
			b.warn(c.line.n, "strategy %s is under issue %d", st.Code, is.Number)
		}
	} else {
		st.Code = fmt.Sprintf("%d-%d", is.Number, len(is.Strategies)+1)
	}
	b.addStrategy(st, c)
	b.mode = mStrategy
}

// addStrategy appends a strategy to the current issue and makes it current.
func (b *builder) addStrategy(st wardgraph.Strategy, c class) {
	is := &b.p.Issues[b.ii]
	is.Strategies = append(is.Strategies, st)
	b.si, b.ni = len(is.Strategies)-1, -1
	b.keepTitle(nodeKey{kind: "strategy", i: b.ii, j: b.si}, c)
}

func first(nums []int) int {
	if len(nums) == 0 {
		return 0
	}
	return nums[0]
}

// strategyFor returns the strategy an initiative belongs to: the one with
// its code in the current issue, else the current one, else a placeholder.
func (b *builder) strategyFor(c class) *wardgraph.Strategy {
	is := b.issue(c, first(c.numbers))
	if len(c.numbers) == 3 {
		code := joinCode(c.numbers[:2])
		for j := range is.Strategies {
			if is.Strategies[j].Code == code {
				b.si = j
				return &is.Strategies[j]
			}
		}
		b.warn(c.line.n, "initiative %s has no strategy heading %s: one is made without a title", joinCode(c.numbers), code)
		b.addStrategy(wardgraph.Strategy{Code: code, Numbered: true, Line: c.line.n}, class{})
		return &is.Strategies[b.si]
	}
	if b.si < 0 {
		b.warn(c.line.n, "initiative %q has no strategy heading: one is made without a title", c.title)
		code := fmt.Sprintf("%d-%d", is.Number, len(is.Strategies)+1)
		b.addStrategy(wardgraph.Strategy{Code: code, Line: c.line.n}, class{})
	}
	return &is.Strategies[b.si]
}

func (b *builder) startInitiative(c class) {
	st := b.strategyFor(c)
	in := wardgraph.Initiative{Title: c.title, Line: c.line.n}
	in.Budgets, _ = extractBudgets(c.line.text, b.p.FiscalYear, c.line.n)
	if len(c.numbers) == 3 {
		in.Code = joinCode(c.numbers)
	} else {
		in.Code = fmt.Sprintf("%s-%d", st.Code, len(st.Initiatives)+1)
	}
	st.Initiatives = append(st.Initiatives, in)
	b.ni, b.mode = len(st.Initiatives)-1, mInitiative
	b.keepTitle(nodeKey{kind: "initiative", i: b.ii, j: b.si, k: b.ni}, c)
}

// currentKey is the deepest issue-tree node the parser is in, if any.
func (b *builder) currentKey() (nodeKey, bool) {
	switch {
	case b.ii < 0:
		return nodeKey{}, false
	case b.si < 0:
		return nodeKey{kind: "issue", i: b.ii}, true
	case b.ni < 0:
		return nodeKey{kind: "strategy", i: b.ii, j: b.si}, true
	}
	return nodeKey{kind: "initiative", i: b.ii, j: b.si, k: b.ni}, true
}

// sections returns the Sections field of a node.
func (b *builder) sections(k nodeKey) *[]wardgraph.Section {
	is := &b.p.Issues[k.i]
	switch k.kind {
	case "strategy":
		return &is.Strategies[k.j].Sections
	case "initiative":
		return &is.Strategies[k.j].Initiatives[k.k].Sections
	}
	return &is.Sections
}

func (b *builder) startSection(c class) {
	k, ok := b.currentKey()
	if !ok || b.mode < mIssue || b.mode > mSection {
		b.warn(c.line.n, "section %q outside any management issue: ignored", c.title)
		b.mode = mIgnore
		return
	}
	secs := b.sections(k)
	*secs = append(*secs, wardgraph.Section{Title: c.title, Line: c.line.n})
	b.secKey, b.mode = k, mSection
}

func (b *builder) startReformItem(c class) {
	if b.program == "" {
		b.warn(c.line.n, "reform item %q is not under a 「…」に基づく取組 heading: no programme", c.title)
	}
	b.p.ReformItems = append(b.p.ReformItems, wardgraph.ReformItem{Title: c.title, Program: b.program, Line: c.line.n})
	b.mode = mReformItem
}
