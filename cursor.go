package wardgraph

import (
	"encoding/base64"
	"strconv"
	"strings"
)

const cursorPrefix = "wg1:"

// EncodeCursor returns the opaque cursor of the item at offset in a list.
func EncodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

// DecodeCursor returns the offset of the item after the cursor's item, or 0
// for an empty cursor. A cursor this package did not make is EINVALID.
func DecodeCursor(c string) (int, error) {
	if c == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(c)
	s := string(raw)
	if err != nil || !strings.HasPrefix(s, cursorPrefix) {
		return 0, Errorf(EINVALID, "invalid cursor %q", c)
	}
	n, err := strconv.Atoi(strings.TrimPrefix(s, cursorPrefix))
	if err != nil || n < 0 {
		return 0, Errorf(EINVALID, "invalid cursor %q", c)
	}
	return n + 1, nil
}
