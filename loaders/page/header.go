package page

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders/vocab"
)

// header is what identifies a plan: ward, fiscal year, draft flag, title.
type header struct {
	ward      wardgraph.Ward
	hasWard   bool
	year      int
	label     string
	draft     bool
	title     string
	titleLine int
}

var reEraYear = regexp.MustCompile(`(平成|令和)\s*(元|\d{1,2})\s*年度`)

// readHeader finds the title line (平成29年度 西区運営方針) and from it, or
// failing that from the rest of the text, the ward and the fiscal year.
// cls are the lines as classifyAll classified them.
func readHeader(lines []srcLine, cls []class) header {
	var h header
	for _, c := range cls {
		if l := c.line; c.kind == kTitle {
			h.title, h.titleLine = l.text, l.n
			m := reTitle.FindStringSubmatch(l.text)
			h.setYear(m[1], m[2])
			h.ward, h.hasWard = findWard(m[3])
			h.draft = words().containsTerm("draft", l.text)
			break
		}
	}
	if !h.hasWard {
		h.ward, h.hasWard = findWardInText(lines)
	}
	if h.year == 0 {
		for _, l := range lines {
			if m := reEraYear.FindStringSubmatch(l.text); m != nil && h.setYear(m[1], m[2]) {
				break
			}
		}
	}
	return h
}

// setYear sets the fiscal year and its label from an era year.
func (h *header) setYear(era, n string) bool {
	y, ok := eraYear(era, n)
	if ok {
		h.year, h.label = y, era+n+"年度"
	}
	return ok
}

var (
	wardsOnce   sync.Once
	wardsSorted []wardgraph.Ward
)

// wardsLongestFirst returns the known wards, longest name first, so that
// 東住吉区 is found before 住吉区.
func wardsLongestFirst() []wardgraph.Ward {
	wardsOnce.Do(func() { wardsSorted = sortWards(wardgraph.KnownWards()) })
	return wardsSorted
}

func sortWards(ws []wardgraph.Ward) []wardgraph.Ward {
	names := make([]string, len(ws))
	byName := map[string]wardgraph.Ward{}
	for i, w := range ws {
		names[i] = w.Name
		byName[w.Name] = w
	}
	vocab.SortLongestFirst(names)
	out := make([]wardgraph.Ward, len(names))
	for i, n := range names {
		out[i] = byName[n]
	}
	return out
}

// findWard finds the ward named earliest in s (longest name at a tie).
func findWard(s string) (wardgraph.Ward, bool) {
	best, at := wardgraph.Ward{}, -1
	for _, w := range wardsLongestFirst() {
		if i := strings.Index(s, w.Name); i >= 0 && (at < 0 || i < at) {
			best, at = w, i
		}
	}
	return best, at >= 0
}

// findWardInText looks for 〜区運営方針 or 〜区役所 anywhere in the text.
func findWardInText(lines []srcLine) (wardgraph.Ward, bool) {
	wards := wardsLongestFirst()
	for _, suffix := range []string{"運営方針", "役所"} {
		for _, l := range lines {
			for _, w := range wards {
				if strings.Contains(l.text, w.Name+suffix) {
					return w, true
				}
			}
		}
	}
	return wardgraph.Ward{}, false
}

// check returns the error for a text that lacks ward or fiscal year.
func (h header) check(name string) error {
	switch {
	case !h.hasWard && h.year == 0:
		return invalid(name, "not a ward management policy page: no ward or fiscal year found")
	case !h.hasWard:
		return invalid(name, "not a ward management policy page: no ward found (fiscal year %s found; a plan needs both)", h.label)
	case h.year == 0:
		return invalid(name, "not a ward management policy page: no fiscal year found (ward %s found; a plan needs both)", h.ward.Name)
	}
	return nil
}

// pageURL derives the city's URL of a page from the ward and page number.
func pageURL(w wardgraph.Ward, page string) string {
	if page == "" || w.NameRomaji == "" {
		return ""
	}
	if len(page) < 10 {
		page = strings.Repeat("0", 10-len(page)) + page
	}
	return fmt.Sprintf("https://www.city.osaka.lg.jp/%s/page/%s.html", w.Slug(), page)
}
