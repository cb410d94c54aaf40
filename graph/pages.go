package graph

import (
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
)

// defaultPage is the page size of a list when first is not given (or the
// cap, when that is lower).
const defaultPage = 20

// pageSize checks a requested page size against the cap; without one it is
// def, or the cap when that is lower.
func (r *Resolver) pageSize(field string, first *int, def int) (int, error) {
	n := min(def, r.cfg.MaxPageSize)
	if first != nil {
		n = *first
	}
	if n < 0 {
		return 0, wardgraph.Errorf(wardgraph.EINVALID, "%s must not be negative, got %d", field, n)
	}
	if n > r.cfg.MaxPageSize {
		return 0, wardgraph.Errorf(wardgraph.ELIMIT, "%s is %d, over the page-size limit of %d", field, n, r.cfg.MaxPageSize)
	}
	return n, nil
}

// listSize checks the length of a list argument against the cap.
func (r *Resolver) listSize(field string, n int) error {
	if n > r.cfg.MaxPageSize {
		return wardgraph.Errorf(wardgraph.ELIMIT, "%s has %d items, over the list-size limit of %d", field, n, r.cfg.MaxPageSize)
	}
	return nil
}

// cursorOffset validates an after cursor and returns the offset of the
// page it starts.
func cursorOffset(after *string) (int, error) {
	if after == nil {
		return 0, nil
	}
	return wardgraph.DecodeCursor(*after)
}

func deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

// checkSearchText refuses a search text longer than MaxSearchText
// characters, before any normalising or store work.
func (r *Resolver) checkSearchText(text string) error {
	if n := utf8.RuneCountInString(text); n > r.cfg.MaxSearchText {
		return wardgraph.Errorf(wardgraph.ELIMIT, "search text is %d characters, over the limit of %d", n, r.cfg.MaxSearchText)
	}
	return nil
}
