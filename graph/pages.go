package graph

import (
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
