// Package textnorm normalises text before it is matched or compared: Unicode
// NFKC (golang.org/x/text/unicode/norm) folds the Kangxi radicals that
// PDF-derived Japanese text carries (⽅ ⽉ ⽇ ⾰ ⽬ become 方 月 日 革 目),
// full-width digits, letters and punctuation (１２ becomes 12, （） becomes
// (), ： becomes :) and the ideographic space. Brackets that have no
// compatibility mapping, such as 【】 and 「」, are left as they are.
package textnorm

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in Unicode NFKC with leading and trailing white space
// removed. It is the one normalisation every package applies before
// matching Japanese text.
func Normalize(s string) string {
	return strings.TrimSpace(NFKC(s))
}

// NFKC returns s in Unicode NFKC without trimming it.
func NFKC(s string) string {
	return norm.NFKC.String(s)
}
