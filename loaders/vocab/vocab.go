// Package vocab holds the partner, topic and target-group vocabularies of
// the ward management policies (domain.md §7–§8) as data files, embedded:
// data/partners.tsv (the partner gazetteer, with kinds), data/topics.tsv,
// data/targets.tsv and data/context.tsv (phrases whose words must not be
// read alone). Any loader can use them to find the partners, topics and
// target groups a text names.
//
// Terms are matched after Unicode NFKC, longest first, so 民生委員・児童委員
// wins over 民生委員 and the context phrase 学校周辺 wins over 学校.
package vocab

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/textnorm"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Ignore is the name of terms that are matched but link nothing.
const Ignore = "-"

// Term is one spelling in a gazetteer: the text matched, the canonical
// name it stands for (Ignore for spellings consumed without a link) and,
// for partners, the partner's kind (community, welfare, civil, public,
// business).
type Term struct {
	Text, Name, Category string
}

// Gazetteer matches the terms of one link kind, longest first.
type Gazetteer struct {
	kind    wardgraph.LinkKind
	byFirst map[rune][]Term // terms by first rune, longest first
	index   runeIndex       // byFirst as scanning reads it
	firsts  runeFilter      // the keys of byFirst
}

var (
	once      sync.Once
	gazAll    []*Gazetteer
	allFirsts *runeFilter // the first runes of all of gazAll's terms
	loadErr   error
)

// All returns the partner, topic and target-group gazetteers, in that order.
func All() []*Gazetteer {
	once.Do(func() {
		if gazAll, loadErr = load(); loadErr == nil {
			allFirsts = new(runeFilter)
			for _, g := range gazAll {
				allFirsts.union(&g.firsts)
			}
		}
	})
	if loadErr != nil {
		panic("vocab: " + loadErr.Error()) // the embedded data is part of the build
	}
	return gazAll
}

// Partners returns the partner gazetteer.
func Partners() *Gazetteer { return All()[0] }

// Topics returns the topic vocabulary.
func Topics() *Gazetteer { return All()[1] }

// TargetGroups returns the target-group vocabulary.
func TargetGroups() *Gazetteer { return All()[2] }

// Kind is the kind of link the gazetteer makes.
func (g *Gazetteer) Kind() wardgraph.LinkKind { return g.kind }

// load reads the data files.
func load() ([]*Gazetteer, error) {
	partners, err := readTSV("data/partners.tsv", 2)
	if err != nil {
		return nil, err
	}
	var pterms []Term
	for _, rec := range partners {
		pterms = append(pterms, variants(rec[0], rec[1], rec[0], field(rec, 2))...)
	}
	topics, err := vocabTerms("data/topics.tsv")
	if err != nil {
		return nil, err
	}
	targets, err := vocabTerms("data/targets.tsv")
	if err != nil {
		return nil, err
	}
	ctx, err := contextTerms(pterms)
	if err != nil {
		return nil, err
	}
	return []*Gazetteer{
		newGazetteer(wardgraph.LinkPartner, append(ctx["partner"], pterms...)),
		newGazetteer(wardgraph.LinkTopic, append(ctx["topic"], topics...)),
		newGazetteer(wardgraph.LinkTargetGroup, append(ctx["target"], targets...)),
	}, nil
}

// contextTerms reads data/context.tsv: phrases per gazetteer, each with
// the name it stands for (a partner phrase takes that partner's kind).
func contextTerms(partners []Term) (map[string][]Term, error) {
	recs, err := readTSV("data/context.tsv", 3)
	if err != nil {
		return nil, err
	}
	kinds := map[string]string{}
	for _, t := range partners {
		kinds[t.Name] = t.Category
	}
	out := map[string][]Term{}
	for _, rec := range recs {
		switch rec[0] {
		case "partner", "topic", "target":
		default:
			return nil, fmt.Errorf("data/context.tsv: unknown gazetteer %q (want partner, topic or target)", rec[0])
		}
		out[rec[0]] = append(out[rec[0]], Term{Text: rec[1], Name: rec[2], Category: kinds[rec[2]]})
	}
	return out, nil
}

// newGazetteer builds a gazetteer from terms; the first spelling of a text
// wins, so context phrases listed first override gazetteer entries.
func newGazetteer(kind wardgraph.LinkKind, terms []Term) *Gazetteer {
	g := &Gazetteer{kind: kind, byFirst: map[rune][]Term{}}
	texts := make([]string, 0, len(terms))
	byText := map[string]Term{}
	for _, t := range terms {
		t.Text = textnorm.Normalize(t.Text)
		if _, dup := byText[t.Text]; !dup && t.Text != "" {
			byText[t.Text] = t
			texts = append(texts, t.Text)
		}
	}
	SortLongestFirst(texts)
	for _, s := range texts {
		r, _ := utf8.DecodeRuneInString(s)
		g.byFirst[r] = append(g.byFirst[r], byText[s])
		g.firsts.add(r)
	}
	g.index = newRuneIndex(g.byFirst)
	return g
}

// vocabTerms reads a name TAB term|term file.
func vocabTerms(file string) ([]Term, error) {
	recs, err := readTSV(file, 2)
	if err != nil {
		return nil, err
	}
	var out []Term
	for _, rec := range recs {
		out = append(out, variants(rec[0], "", rec[1])...)
	}
	return out, nil
}

// variants makes one term per | separated spelling.
func variants(name, category string, spellings ...string) []Term {
	var out []Term
	for _, sp := range spellings {
		for _, v := range strings.Split(sp, "|") {
			if v = strings.TrimSpace(v); v != "" {
				out = append(out, Term{Text: v, Name: name, Category: category})
			}
		}
	}
	return out
}

func field(rec []string, i int) string {
	if i < len(rec) {
		return rec[i]
	}
	return ""
}

// readTSV reads one of the embedded data files.
func readTSV(name string, min int) ([][]string, error) {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return ParseTSV(name, data, min)
}

// ParseTSV reads a tab-separated data file, skipping blank lines and #
// comments; every record must have at least min fields, else the error
// names the file and line. The loaders' vocabulary files share this format.
func ParseTSV(name string, data []byte, min int) ([][]string, error) {
	var out [][]string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rec := strings.Split(line, "\t")
		if len(rec) < min {
			return nil, fmt.Errorf("%s:%d: want %d tab-separated fields, got %d", name, n, min, len(rec))
		}
		out = append(out, rec)
	}
	return out, nil
}

// SortLongestFirst orders terms by length in runes, longest first, then
// alphabetically so that the order is stable: the order longest-match
// scanning tries them in.
func SortLongestFirst(terms []string) {
	sort.Slice(terms, func(i, j int) bool {
		li, lj := utf8.RuneCountInString(terms[i]), utf8.RuneCountInString(terms[j])
		if li != lj {
			return li > lj
		}
		return terms[i] < terms[j]
	})
}
