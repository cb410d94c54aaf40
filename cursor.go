package wardgraph

import (
	"encoding/base64"
	"strconv"
	"strings"
)

const cursorPrefix = "wg1:"

// MaxCursorOffset is the largest offset a cursor may carry. No list is
// anywhere near this long; a larger offset is a forged cursor and is
// refused before any arithmetic on it can overflow.
const MaxCursorOffset = 1<<31 - 2

// maxCursorShown is how much of a refused cursor an error message quotes.
const maxCursorShown = 40

// EncodeCursor returns the opaque cursor of the item at offset in a list.
func EncodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

// DecodeCursor returns the offset of the item after the cursor's item, or 0
// for an empty cursor. A cursor this package did not make, or one whose
// offset is past MaxCursorOffset, is EINVALID.
func DecodeCursor(c string) (int, error) {
	if c == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(c)
	s := string(raw)
	if err != nil || !strings.HasPrefix(s, cursorPrefix) {
		return 0, Errorf(EINVALID, "invalid cursor %q", shortCursor(c))
	}
	n, err := strconv.Atoi(strings.TrimPrefix(s, cursorPrefix))
	if err != nil || n < 0 || n > MaxCursorOffset {
		return 0, Errorf(EINVALID, "invalid cursor %q", shortCursor(c))
	}
	return n + 1, nil
}

// shortCursor cuts a cursor to what an error message may quote.
func shortCursor(c string) string {
	if len(c) <= maxCursorShown {
		return c
	}
	return c[:maxCursorShown] + "…"
}
