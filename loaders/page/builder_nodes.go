package page

import (
	"fmt"
	"strings"

	"github.com/wardgraph/wardgraph"
)

func (b *builder) startIssue(c class) {
	budgets, _ := splitBudgets(c.line.text, b.p.FiscalYear, c.line.n)
	b.p.Issues = append(b.p.Issues, wardgraph.Issue{Number: c.numbers[0], Title: c.title, Budgets: budgets, Line: c.line.n})
	b.ii, b.si, b.ni, b.mode = len(b.p.Issues)-1, -1, -1, mIssue
	b.needTitle = c.title == ""
	b.keepTitle(nodeKey{kind: "issue", i: b.ii}, c)
	b.awaitAmount(&b.p.Issues[b.ii].Budgets)
	if b.issueSection != nil {
		sec := *b.issueSection
		b.issueSection = nil
		b.startSection(sec) // 経営課題の概要 written above the issue heading, as a column label
	}
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
	in.Budgets, _ = splitBudgets(c.line.text, b.p.FiscalYear, c.line.n)
	if len(c.numbers) == 3 {
		in.Code, in.Numbered = joinCode(c.numbers), true
	} else {
		in.Code = fmt.Sprintf("%s-%d", st.Code, len(st.Initiatives)+1)
	}
	if c.codeRange != "" {
		b.warn(c.line.n, "initiative heading %s%s names a range of initiatives: kept as one, %s", in.Code, c.codeRange, in.Code)
	}
	b.addInitiative(st, in, c)
	b.mode = mInitiative
}

// addInitiative appends an initiative to a strategy and makes it current;
// a budget label without an amount waits for the amount on a later line.
func (b *builder) addInitiative(st *wardgraph.Strategy, in wardgraph.Initiative, c class) {
	st.Initiatives = append(st.Initiatives, in)
	b.ni = len(st.Initiatives) - 1
	b.keepTitle(nodeKey{kind: "initiative", i: b.ii, j: b.si, k: b.ni}, c)
	b.awaitAmount(&st.Initiatives[b.ni].Budgets)
}

// awaitAmount remembers budget lines whose last label has no amount, as in
// 具体的取組1-1-1 …(2年度予算額), so that the amount on a following line fills it.
func (b *builder) awaitAmount(bs *[]wardgraph.Budget) {
	b.pending = nil
	if n := len(*bs); n > 0 && (*bs)[n-1].AmountYen == nil && isEmptyAmount((*bs)[n-1].Raw) {
		b.pending = bs
	}
}

// startInitiativeList handles 【主な具体的取組】 without code or title: each
// list item that follows is an initiative without a code (numbered false),
// with its own amount.
func (b *builder) startInitiativeList(c class) {
	b.strategyFor(c)
	b.listBudget = wardgraph.Budget{Kind: wardgraph.BudgetKindBudget, FiscalYear: b.p.FiscalYear}
	if bs, _ := splitBudgets(c.line.text, b.p.FiscalYear, c.line.n); len(bs) > 0 {
		b.listBudget = bs[0] // the label each item's amount is read under
		b.budgetRead[c.line.n] = true
	}
	b.mode, b.ni = mInitiativeList, -1
}

// listInitiative reads one line of an initiative list: an item starts an
// initiative (its budget from the line, or a bare amount under the list's
// label); other lines continue the current one.
func (b *builder) listInitiative(c class) {
	st := &b.p.Issues[b.ii].Strategies[b.si]
	if !c.bullet && b.ni >= 0 {
		k := nodeKey{kind: "initiative", i: b.ii, j: b.si, k: b.ni}
		b.appendPara(fieldKey{k, -1}, c.title)
		b.keep(k, srcLine{c.line.n, c.title})
		return
	}
	budgets, title := extractBudgets(c.title, b.p.FiscalYear, c.line.n)
	if m := reBareMoney.FindStringSubmatchIndex(title); len(budgets) == 0 && m != nil {
		bl := b.listBudget
		bl.Line, bl.AmountYen = c.line.n, parseAmount(title[m[2]:m[3]])
		bl.Raw = strings.TrimSpace(strings.Trim(b.listBudget.Raw, "()[]") + " " + title[m[2]:m[3]])
		budgets, title = []wardgraph.Budget{bl}, strings.TrimSpace(title[:m[0]]+title[m[1]:])
	}
	in := wardgraph.Initiative{Title: stripNumber(title), Line: c.line.n, Budgets: budgets,
		Code: fmt.Sprintf("%s-%d", st.Code, len(st.Initiatives)+1)}
	b.addInitiative(st, in, class{kind: kText, title: in.Title, line: c.line})
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
	if b.mode == mIssues {
		b.issueSection = &c
		return
	}
	k, ok := b.currentKey()
	if !ok || b.mode < mIssue || b.mode > mSection {
		b.unplaceWarn(c.line.n, "section %q outside any management issue: ignored", c.title)
		b.mode = mOrphan
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
