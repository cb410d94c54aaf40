package page

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
)

// finish builds the goal and missions from their lines and warns about
// what the page lacks.
func (b *builder) finish() {
	b.buildGoal()
	b.buildMissions()
	b.setFields()
	if b.p.Contact != nil && b.p.Contact.Department == "" {
		b.warn(b.lastLine.n, "contact has no department line: contact dropped")
		b.p.Contact = nil
	}
	cut := b.cutShort()
	for _, m := range []struct {
		missing bool
		what    string
	}{
		{b.p.Goal == nil, "no goal (区の目標) found"},
		{len(b.p.Missions) == 0, "no missions (区の使命) found"},
		{b.p.Policy == "", "no ward head's policy (区運営の基本的な考え方) found"},
		{len(b.p.Issues) == 0, "no management issues (経営課題) found"},
		{b.p.Source.PageNumber == "", "no page number (ページ番号) found: no source URL"},
		{b.p.Contact == nil && !cut, "no contact (このページの作成者・問合せ先) found"},
	} {
		if m.missing {
			b.warn(0, "%s", m.what)
		}
	}
	for i, is := range b.p.Issues {
		if len(is.Strategies) == 0 && !(cut && i == len(b.p.Issues)-1) {
			b.warn(is.Line, "issue %d has no strategies", is.Number)
		}
	}
}

func (b *builder) buildGoal() {
	if len(b.goal) == 0 {
		return
	}
	g := &wardgraph.Goal{Line: b.goal[0].line.n}
	paras := make([]string, len(b.goal))
	for i, c := range b.goal {
		paras[i] = c.title
		b.keep(nodeKey{kind: "goal"}, srcLine{c.line.n, c.title})
	}
	g.Text = strings.Join(paras, "\n")
	g.Slogan = slogan(b.goal[0].title)
	b.p.Goal = g
}

// minSloganRunes is the shortest quoted phrase taken as a slogan; shorter
// quotes (「和」, 「思い」) are emphasis, not slogans.
const minSloganRunes = 4

// slogan returns the first phrase of s quoted in 「」 or 『』, matching
// nested brackets, when it is at least minSloganRunes long.
func slogan(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		closer := map[rune]rune{'「': '」', '『': '』'}[r]
		if closer == 0 {
			continue
		}
		depth := 0
		for j := i + 1; j < len(rs); j++ {
			switch rs[j] {
			case r:
				depth++
			case closer:
				if depth == 0 {
					if q := string(rs[i+1 : j]); utf8.RuneCountInString(q) >= minSloganRunes {
						return q
					}
					return ""
				}
				depth--
			}
		}
		return ""
	}
	return ""
}

// buildMissions makes one mission per list item, or per line when the
// block is not a list.
func (b *builder) buildMissions() {
	list := false
	for _, c := range b.missions {
		list = list || c.bullet
	}
	for _, c := range b.missions {
		n := len(b.p.Missions)
		if n == 0 || !list || c.bullet {
			b.p.Missions = append(b.p.Missions, wardgraph.Mission{Number: n + 1, Line: c.line.n})
			n++
		}
		b.appendPara(fieldKey{nodeKey{kind: "mission", i: n - 1}, -1}, c.title)
		b.keep(nodeKey{kind: "mission", i: n - 1}, srcLine{c.line.n, c.title})
	}
}

// sentenceEnds are the runes a complete page text can end with.
const sentenceEnds = "。.)」』】>≫!?"

// cutShort warns when the text stops mid-sentence without the contact
// footer: the page was captured only in part.
func (b *builder) cutShort() bool {
	if b.p.Contact != nil || b.lastLine.n == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(b.lastLine.text)
	if strings.ContainsRune(sentenceEnds, r) {
		return false
	}
	b.warn(b.lastLine.n, "text ends inside %s: the page seems cut short", b.where())
	return true
}

// where describes the part the parser is in, for warnings.
func (b *builder) where() string {
	switch b.mode {
	case mPreamble, mIgnore:
		return "the page header"
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
	k, _ := b.currentKey()
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
