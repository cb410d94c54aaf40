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

func TestSearchQueryNormalize(t *testing.T) {
	tests := []struct {
		name string
		in   SearchQuery
		ward string
		code string
		msg  string
	}{
		{"no filter", SearchQuery{Text: "x", First: 3}, "", "", ""},
		{"ward by name", SearchQuery{WardID: "西区"}, "osaka/nishi", "", ""},
		{"ward by romaji", SearchQuery{WardID: "Taisho"}, "osaka/taisho", "", ""},
		{"ward by code", SearchQuery{WardID: "27106"}, "osaka/nishi", "", ""},
		{"unknown ward", SearchQuery{WardID: "北海区"}, "", ENOTFOUND, `unknown ward "北海区" (give a name such as 西区 or Nishi, a code such as 27106, or an id such as osaka/nishi)`},
		{"negative year", SearchQuery{FiscalYear: -1}, "", EINVALID, "search fiscalYear must not be negative, got -1"},
		{"negative first", SearchQuery{First: -1}, "", EINVALID, "first must not be negative, got -1"},
	}
	for _, tt := range tests {
		got, err := tt.in.Normalize()
		if ErrorCode(err) != tt.code || (err != nil && ErrorMessage(err) != tt.msg) || (err == nil && got.WardID != tt.ward) {
			t.Errorf("%s: %+v, %v; want ward %q, %s %q", tt.name, got, err, tt.ward, tt.code, tt.msg)
		}
	}
}

func TestSearchQueryKeeps(t *testing.T) {
	nishi17 := SearchQuery{WardID: "osaka/nishi", FiscalYear: 2017}
	tests := []struct {
		name string
		q    SearchQuery
		id   string
		want bool
	}{
		{"no filter keeps shared", SearchQuery{}, "topic/防災", true},
		{"no filter keeps parts", SearchQuery{}, "osaka/taisho/2018/goal", true},
		{"filter drops shared", SearchQuery{FiscalYear: 2017}, "topic/防災", false},
		{"filter drops departments", SearchQuery{WardID: "osaka/nishi"}, "osaka/nishi/department/総務課", false},
		{"ward and year", nishi17, "osaka/nishi/2017/initiative/2-4-2", true},
		{"the plan itself", nishi17, "osaka/nishi/2017", true},
		{"a draft of that year", nishi17, "osaka/nishi/2017-draft/goal", true},
		{"other year", nishi17, "osaka/nishi/2018/goal", false},
		{"other ward", nishi17, "osaka/taisho/2017/goal", false},
		{"year only", SearchQuery{FiscalYear: 2018}, "osaka/taisho/2018/issue/1", true},
	}
	for _, tt := range tests {
		if got := tt.q.Keeps(tt.id); got != tt.want {
			t.Errorf("%s: Keeps(%q) = %v, want %v", tt.name, tt.id, got, tt.want)
		}
	}
}
