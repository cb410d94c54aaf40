package graph

import (
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
)

// checkSearchText refuses a search text longer than MaxSearchText
// characters, before any normalising or store work.
func (r *Resolver) checkSearchText(text string) error {
	if n := utf8.RuneCountInString(text); n > r.cfg.MaxSearchText {
		return wardgraph.Errorf(wardgraph.ELIMIT, "search text is %d characters, over the limit of %d", n, r.cfg.MaxSearchText)
	}
	return nil
}
