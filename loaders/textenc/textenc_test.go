package textenc

import (
	"testing"

	"golang.org/x/text/encoding/japanese"

	"github.com/wardgraph/wardgraph"
)

func mustEncode(t *testing.T, enc interface{ String(string) (string, error) }, s string) string {
	t.Helper()
	out, err := enc.String(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDecode(t *testing.T) {
	text := "平成29年度 西区運営方針\nきらきら、ぽかぽか。西区\n"
	sjis := mustEncode(t, japanese.ShiftJIS.NewEncoder(), text)
	euc := mustEncode(t, japanese.EUCJP.NewEncoder(), text)
	tests := []struct {
		name, data, declared, want, enc string
		declaredFlag                    bool
	}{
		{"UTF-8", text, "", text, UTF8, false},
		{"UTF-8 BOM, CRLF", "\xEF\xBB\xBFa\r\nb\r\n", "", "a\nb\n", UTF8, false},
		{"CR only", "a\rb\r", "", "a\nb\n", UTF8, false},
		{"UTF-16LE BOM", "\xFF\xFEa\x00\n\x00b\x00", "", "a\nb", UTF16LE, true},
		{"UTF-16BE BOM", "\xFE\xFF\x00a\x00\r\x00\n\x00b", "", "a\nb", UTF16BE, true},
		{"Shift_JIS detected", sjis, "", text, ShiftJIS, false},
		{"EUC-JP detected", euc, "", text, EUCJP, false},
		{"Shift_JIS declared as x-sjis", sjis, "x-sjis", text, ShiftJIS, true},
		{"Windows-31J declared", sjis, "Windows-31J", text, ShiftJIS, true},
		{"EUC-JP declared", euc, "EUC-JP", text, EUCJP, true},
		{"BOM wins over a declaration", "\xEF\xBB\xBFa", "Shift_JIS", "a", UTF8, false},
	}
	for _, tt := range tests {
		d, err := Decode("x.txt", []byte(tt.data), tt.declared)
		if err != nil || string(d.Text) != tt.want || d.Encoding != tt.enc || d.Declared != tt.declaredFlag {
			t.Errorf("%s: got %q %s declared=%v %v; want %q %s", tt.name, d.Text, d.Encoding, d.Declared, err, tt.want, tt.enc)
		}
	}
}

func TestDecodeRefuses(t *testing.T) {
	sjis := mustEncode(t, japanese.ShiftJIS.NewEncoder(), "西区\n")
	tests := []struct{ name, data, declared, want string }{
		{"no supported encoding", "abc\n\xFF\xFE\xFD", "", "x.txt: not UTF-8: invalid byte 0xFF at offset 4 (line 2); not Shift_JIS or EUC-JP either"},
		{"declared UTF-8 but Shift_JIS", "ok\r\n" + sjis, "utf-8", "x.txt: declares UTF-8 but is not: invalid byte 0x90 at offset 4 (line 2)"},
		{"declared EUC-JP but not", "a\n\x81\x40", "euc-jp", "x.txt: declares EUC-JP but is not: invalid byte 0x81 at offset 2 (line 2)"},
		{"unknown label", "a", "klingon", `x.txt: declares the unknown encoding "klingon"`},
		{"unsupported", "a", "iso-8859-2", `x.txt: declares the encoding "iso-8859-2", which wardgraph does not read (it reads UTF-8, UTF-16 with a byte order mark, Shift_JIS and EUC-JP)`},
	}
	for _, tt := range tests {
		_, err := Decode("x.txt", []byte(tt.data), tt.declared)
		if wardgraph.ErrorCode(err) != wardgraph.EINVALID || wardgraph.ErrorMessage(err) != tt.want {
			t.Errorf("%s: got %v\nwant %s", tt.name, err, tt.want)
		}
	}
}

func TestDecodeLeavesBinaryToTheCaller(t *testing.T) {
	d, err := Decode("x.txt", []byte("a\x00b"), "")
	if err != nil || string(d.Text) != "a\x00b" {
		t.Errorf("got %q %v", d.Text, err)
	}
}

func TestWarning(t *testing.T) {
	tests := []struct {
		d    Decoded
		want string
	}{
		{Decoded{Encoding: UTF8}, ""},
		{Decoded{Encoding: ShiftJIS}, "decoded from Shift_JIS (detected; the text declares no encoding)"},
		{Decoded{Encoding: EUCJP, Declared: true}, "decoded from EUC-JP (declared by the page, its byte order mark or the server)"},
	}
	for _, tt := range tests {
		if got := tt.d.Warning(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.d, got, tt.want)
		}
	}
}
