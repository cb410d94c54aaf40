package page

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/wardgraph/wardgraph"
)

// FuzzParse checks that Parse never panics and that a plan, when there is
// one, has a ward and a fiscal year and only lines inside the text. The seed
// corpus is every sample text, the layout test page and a few fragments;
// findings are kept in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	for _, name := range sampleFiles(f) {
		data, err := os.ReadFile(filepath.Join(sampleDir, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		layoutText,
		"平成29年度 西区運営方針\n経営課題1\n",
		"令和5年度西区運営方針\n【主な具体的取組(4年度予算額) (1円)】\n",
		"令和元年度 北区運営方針\n主な戦略\n・a\n1-1-1 b\n課題認識\nc",
		"西区役所\n平成31年度\n区の目標\n『「」』",
		"平成29年度 西区運営方針\n(29年度予算額 99999999999999999999百万円)",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("fuzz.txt", data)
		if err != nil {
			if wardgraph.ErrorCode(err) != wardgraph.EINVALID || p != nil {
				t.Fatalf("error %v with plan %v: want EINVALID and no plan", err, p != nil)
			}
			return
		}
		if p.Ward.Code == "" || p.FiscalYear == 0 || p.ID == "" {
			t.Fatalf("plan without ward or year: %+v", p)
		}
		checkLines(t, p, bytes.Count(data, []byte{'\n'})+1)
	})
}

// checkLines fails when any Line of the plan is outside 0..n.
func checkLines(t *testing.T, p *wardgraph.Plan, n int) {
	t.Helper()
	lines := []int{p.TitleLine, p.PolicyLine}
	add := func(links []wardgraph.Link) {
		for _, l := range links {
			lines = append(lines, l.Line)
		}
	}
	if p.Goal != nil {
		lines = append(lines, p.Goal.Line)
		add(p.Goal.Links)
	}
	for _, m := range p.Missions {
		lines = append(lines, m.Line)
		add(m.Links)
	}
	add(p.PolicyLinks)
	for _, w := range p.Warnings {
		lines = append(lines, w.Line)
	}
	for _, r := range p.Revisions {
		lines = append(lines, r.Line)
	}
	for _, r := range p.ReformItems {
		lines = append(lines, r.Line)
	}
	if p.Contact != nil {
		lines = append(lines, p.Contact.Line)
	}
	for _, is := range p.Issues {
		lines = append(lines, is.Line)
		add(is.Links)
		lines = append(lines, sectionLines(is.Sections, is.Budgets)...)
		for _, st := range is.Strategies {
			lines = append(lines, st.Line)
			add(st.Links)
			lines = append(lines, sectionLines(st.Sections, nil)...)
			for _, in := range st.Initiatives {
				lines = append(lines, in.Line)
				add(in.Links)
				lines = append(lines, sectionLines(in.Sections, in.Budgets)...)
			}
		}
	}
	for _, l := range lines {
		if l < 0 || l > n {
			t.Fatalf("line %d outside the text's %d lines", l, n)
		}
	}
}

func sectionLines(secs []wardgraph.Section, budgets []wardgraph.Budget) []int {
	var out []int
	for _, s := range secs {
		out = append(out, s.Line)
	}
	for _, b := range budgets {
		out = append(out, b.Line)
	}
	return out
}
