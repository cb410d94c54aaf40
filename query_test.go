package wardgraph

import "testing"

func TestPageSize(t *testing.T) {
	n := func(v int) *int { return &v }
	tests := []struct {
		name     string
		first    *int
		def, max int
		want     int
		code     string
		msg      string
	}{
		{"default", nil, 20, 100, 20, "", ""},
		{"default over the cap", nil, 20, 10, 10, "", ""},
		{"zero", n(0), 20, 100, 0, "", ""},
		{"at the cap", n(100), 20, 100, 100, "", ""},
		{"over the cap", n(101), 20, 100, 0, ELIMIT, "first is 101, over the page-size limit of 100"},
		{"negative", n(-1), 20, 100, 0, EINVALID, "first must not be negative, got -1"},
	}
	for _, tt := range tests {
		got, err := PageSize("first", tt.first, tt.def, tt.max)
		if got != tt.want || ErrorCode(err) != tt.code || (err != nil && ErrorMessage(err) != tt.msg) {
			t.Errorf("%s: %d, %v; want %d, %s %q", tt.name, got, err, tt.want, tt.code, tt.msg)
		}
	}
}

func TestInitiativeQueryNormalize(t *testing.T) {
	q, offset, err := InitiativeQuery{After: EncodeCursor(4), First: 3}.Normalize()
	if err != nil || q.Sort != SortByCode || offset != 5 || q.First != 3 {
		t.Errorf("got %+v, %d, %v", q, offset, err)
	}
	for _, bad := range []InitiativeQuery{{Sort: "TITLE"}, {First: -1}, {After: "zzz"}} {
		if _, _, err := bad.Normalize(); ErrorCode(err) != EINVALID {
			t.Errorf("%+v: %v, want EINVALID", bad, err)
		}
	}
}

func TestCheckDepthAndLength(t *testing.T) {
	for d, code := range map[int]string{0: ELIMIT, 1: "", MaxDepth: "", MaxDepth + 1: ELIMIT} {
		if got := ErrorCode(CheckDepth(d)); got != code {
			t.Errorf("depth %d: %q, want %q", d, got, code)
		}
	}
	for n, code := range map[int]string{0: ELIMIT, 1: "", MaxPathLength: "", MaxPathLength + 1: ELIMIT} {
		if got := ErrorCode(CheckPathLength(n)); got != code {
			t.Errorf("length %d: %q, want %q", n, got, code)
		}
	}
}
