package page

import (
	"strings"

	"github.com/wardgraph/wardgraph"
)

// buildGoal makes the goal from the lines under its heading; its slogans
// come from a スローガン line, else from the goal's quotes (see slogans).
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
	g.Slogans = slogans(b.sloganLines, b.goal)
	if len(g.Slogans) > 0 {
		g.Slogan = g.Slogans[0]
	}
	b.p.Goal = g
}

// buildMissions makes one mission per top-level list item, or per line
// when the block is not a list. Lines of another bullet kind than the
// first item's (・ under ○, 1. under •) are sub-items kept in their item's
// text. Prose before the first item, and an item that announces the list
// (以下の7つの柱…) when items of another kind follow, introduce the list:
// they are not missions and are named in a warning.
func (b *builder) buildMissions() {
	items := b.missions
	start := b.missionIntro(items)
	for _, c := range items[:start] {
		b.unplaceWarn(c.line.n, "introduces the mission list: not a mission")
	}
	items = items[start:]
	top, list := "", false
	for _, c := range items {
		if c.bullet {
			top, list = bulletKind(c.line.text), true
			break
		}
	}
	for _, c := range items {
		n := len(b.p.Missions)
		if n == 0 || !list || (c.bullet && bulletKind(c.line.text) == top) {
			b.p.Missions = append(b.p.Missions, wardgraph.Mission{Number: n + 1, Line: c.line.n})
			n++
		}
		b.appendPara(fieldKey{nodeKey{kind: "mission", i: n - 1}, -1}, c.title)
		b.keep(nodeKey{kind: "mission", i: n - 1}, srcLine{c.line.n, c.title})
	}
}

// missionIntro returns how many leading mission lines introduce the list.
func (b *builder) missionIntro(items []class) int {
	first := -1
	for i, c := range items {
		if c.bullet {
			first = i
			break
		}
	}
	switch {
	case first > 0:
		return first
	case first == 0 && len(items) > 1 && items[1].bullet &&
		bulletKind(items[1].line.text) != bulletKind(items[0].line.text) && words().containsTerm("intro", items[0].title):
		return 1
	case first < 0 && b.cut && b.mode == mMissions && len(items) == 1 && words().containsTerm("intro", items[0].title):
		return 1 // a sentence that announces a list the cut hides
	}
	return 0
}
