package wardgraph

import (
	"encoding/base64"
	"strconv"
	"strings"
	"testing"
)

// TestCursorForged checks that cursors carrying offsets no list can have,
// including the one that overflowed (wg1:9223372036854775807), are refused
// as INVALID instead of panicking, and that the error quotes a bounded part
// of the cursor.
func TestCursorForged(t *testing.T) {
	enc := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	tests := []struct {
		name   string
		cursor string
		want   int
		code   string
	}{
		{"max int64", enc("wg1:9223372036854775807"), 0, EINVALID},
		{"past int64", enc("wg1:9223372036854775808"), 0, EINVALID},
		{"one past the max offset", enc("wg1:" + strconv.Itoa(MaxCursorOffset+1)), 0, EINVALID},
		{"negative", enc("wg1:-1"), 0, EINVALID},
		{"plus sign", enc("wg1:+5"), 6, ""},
		{"max offset", enc("wg1:" + strconv.Itoa(MaxCursorOffset)), MaxCursorOffset + 1, ""},
		{"huge garbage", strings.Repeat("A", 100000), 0, EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := DecodeCursor(tt.cursor)
			if n != tt.want || ErrorCode(err) != tt.code {
				t.Fatalf("DecodeCursor = %d, %v; want %d, code %q", n, err, tt.want, tt.code)
			}
			if err != nil && len(ErrorMessage(err)) > 100 {
				t.Errorf("error message is %d bytes long", len(ErrorMessage(err)))
			}
		})
	}
}

// FuzzDecodeCursor checks that any cursor decodes to an offset in range
// or to an INVALID error, and that every offset round-trips.
func FuzzDecodeCursor(f *testing.F) {
	for _, s := range []string{"", EncodeCursor(0), EncodeCursor(99), "d2cxOjkyMjMzNzIwMzY4NTQ3NzU4MDc", "!!", "d2cxOi0x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, c string) {
		n, err := DecodeCursor(c)
		switch {
		case err != nil && (ErrorCode(err) != EINVALID || n != 0):
			t.Fatalf("DecodeCursor(%q) = %d, %v; want 0 and INVALID", c, n, err)
		case err == nil && (n < 0 || n > MaxCursorOffset+1):
			t.Fatalf("DecodeCursor(%q) = %d, outside 0..%d", c, n, MaxCursorOffset+1)
		case err == nil && n > 0:
			if back, _ := DecodeCursor(EncodeCursor(n - 1)); back != n {
				t.Fatalf("offset %d does not round-trip: %d", n-1, back)
			}
		}
	})
}
