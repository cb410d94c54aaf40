package wardgraph

import "context"

// NewInitiativePage returns the page of items that starts at offset in a
// list of total items: each item's cursor, and whether items come after.
func NewInitiativePage(items []InitiativeRef, offset, total int) InitiativePage {
	pg := InitiativePage{Items: items, Cursors: make([]string, len(items)), TotalCount: total, Offset: offset}
	if pg.Items == nil {
		pg.Items = []InitiativeRef{}
	}
	for i := range items {
		pg.Cursors[i] = EncodeCursor(offset + i)
	}
	pg.HasNextPage = offset+len(items) < total
	return pg
}

// PageOf cuts the page of first items from offset out of a whole list.
func PageOf(refs []InitiativeRef, offset, first int) InitiativePage {
	start := min(max(offset, 0), len(refs))
	end := min(start+max(first, 0), len(refs))
	return NewInitiativePage(refs[start:end], start, len(refs))
}

// Paginate cuts the page of first items after the cursor out of a whole
// list: an invalid cursor or a negative first is EINVALID.
func Paginate(refs []InitiativeRef, first int, after string) (InitiativePage, error) {
	if err := checkFirst(first); err != nil {
		return InitiativePage{}, err
	}
	offset, err := DecodeCursor(after)
	if err != nil {
		return InitiativePage{}, err
	}
	return PageOf(refs, offset, first), nil
}

// readAllPage is the page size AllInitiatives reads with.
const readAllPage = 500

// AllInitiatives reads every initiative that matches f from s, in CODE
// order, page by page.
func AllInitiatives(ctx context.Context, s Store, f InitiativeFilter) ([]InitiativeRef, error) {
	var refs []InitiativeRef
	q := InitiativeQuery{Filter: f, Sort: SortByCode, First: readAllPage}
	for {
		page, err := s.Initiatives(ctx, q)
		if err != nil {
			return nil, err
		}
		refs = append(refs, page.Items...)
		if !page.HasNextPage || len(page.Items) == 0 {
			return refs, nil
		}
		q.After = page.Cursors[len(page.Cursors)-1]
	}
}
