package wardgraph

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorCodeAndMessage(t *testing.T) {
	inner := errors.New("bolt: connection reset by peer")
	tests := []struct {
		name      string
		err       error
		code, msg string
	}{
		{"nil", nil, "", ""},
		{"plain error hides internals", inner, EINTERNAL, "internal error"},
		{"coded", Errorf(ENOTFOUND, "no ward %q", "x"), ENOTFOUND, `no ward "x"`},
		{"wrapped cause stays internal", Wrap(inner, EUNAVAILABLE, "neo4j store unavailable"), EUNAVAILABLE, "neo4j store unavailable"},
		{"found through fmt wrapping", fmt.Errorf("load: %w", Errorf(EINVALID, "bad")), EINVALID, "bad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ErrorCode(tt.err); got != tt.code {
				t.Errorf("code %q, want %q", got, tt.code)
			}
			if got := ErrorMessage(tt.err); got != tt.msg {
				t.Errorf("message %q, want %q", got, tt.msg)
			}
		})
	}
	if !errors.Is(Wrap(inner, EUNAVAILABLE, "x"), inner) {
		t.Error("Wrap does not unwrap to its cause")
	}
}

func TestCursor(t *testing.T) {
	for _, off := range []int{0, 1, 99} {
		n, err := DecodeCursor(EncodeCursor(off))
		if err != nil || n != off+1 {
			t.Errorf("round trip %d: %d, %v", off, n, err)
		}
	}
	for _, bad := range []string{"xyz", "d2cxOi0x", "!!"} {
		if _, err := DecodeCursor(bad); ErrorCode(err) != EINVALID {
			t.Errorf("DecodeCursor(%q) err %v, want INVALID", bad, err)
		}
	}
	if n, err := DecodeCursor(""); n != 0 || err != nil {
		t.Errorf("empty cursor: %d, %v", n, err)
	}
}
