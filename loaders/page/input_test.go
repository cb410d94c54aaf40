package page

import (
	"bytes"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
)

// TestBadInput checks that every class of bad input is refused with an
// EINVALID error naming the file and the reason, and no plan.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "x.txt: empty: no text"},
		{"white space only", []byte(" \n\u3000\n"), "x.txt: empty: no text"},
		{"NUL byte", []byte("平成29年度\x00西区"), "x.txt: binary data, not text: NUL byte at offset 14 (line 1)"},
		{"PNG header", []byte("\x89PNG\r\n\x1a\n\x00\x00"), "x.txt: binary data, not text: NUL byte at offset 8 (line 3)"},
		{"control character", []byte("平成29年度\n西区\x07運営方針"), "x.txt: binary data, not text: control character U+0007 at line 2"},
		{"Shift_JIS", []byte("abc\n\x90\xbc\x8b\xe6"), "x.txt: not UTF-8: invalid byte 0x90 at offset 4 (line 2)"},
		{"too large", bytes.Repeat([]byte("あ"), MaxBytes/3+1), "x.txt: too large: 4194306 bytes (the limit is 4194304 bytes)"},
		{"no ward, no year", []byte("今日は晴れです。\n明日は雨です。"), "x.txt: not a ward management policy page: no ward or fiscal year found"},
		{"year without ward", []byte("令和5年度 運営方針\n区の目標\nよいまち"),
			"x.txt: not a ward management policy page: no ward found (fiscal year 令和5年度 found; a plan needs both)"},
		{"ward without year", []byte("西区運営方針\n区の目標\nよいまち"),
			"x.txt: not a ward management policy page: no fiscal year found (ward 西区 found; a plan needs both)"},
		{"ward and year but no plan", []byte("西区役所からのお知らせ\n令和5年度の区民まつりを開きます。"),
			"x.txt: not a ward management policy page: no 運営方針 title and no goal, mission, policy or issue headings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse("x.txt", tt.data)
			if p != nil {
				t.Errorf("got a plan %s, want none", p.ID)
			}
			if code := wardgraph.ErrorCode(err); code != wardgraph.EINVALID {
				t.Fatalf("error %v has code %q, want %q", err, code, wardgraph.EINVALID)
			}
			if msg := wardgraph.ErrorMessage(err); msg != tt.want {
				t.Errorf("message = %q\nwant      %q", msg, tt.want)
			}
		})
	}
}

func TestMaxBytesAccepted(t *testing.T) {
	text := "平成29年度 西区運営方針\n区の目標\nよいまち。\n"
	data := []byte(text + strings.Repeat(" ", MaxBytes-len(text)))
	if _, err := Parse("x.txt", data); err != nil {
		t.Errorf("a text of exactly MaxBytes: %v", err)
	}
}

func TestFormatWarnings(t *testing.T) {
	p := &wardgraph.Plan{Warnings: []wardgraph.Warning{{Line: 18, Message: "text ends inside issue 1, before the page's footer: the page seems cut short"}, {Message: "no missions (区の使命) found"}}}
	got := FormatWarnings("kita.txt", p)
	want := []string{"kita.txt:18: warning: text ends inside issue 1, before the page's footer: the page seems cut short", "kita.txt: warning: no missions (区の使命) found"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("FormatWarnings = %q, want %q", got, want)
	}
}

// TestPartialPage checks what a cut page yields: its parts and warnings.
func TestPartialPage(t *testing.T) {
	text := "令和5年度 西区運営方針\nページ番号:1\n区の目標\nよいまち。\n重点的に取り組む主な経営課題\n経営課題1 見守り\n主な戦略【1-1 見守り】\n地域の見守り活動を"
	p, err := Parse("cut.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(FormatWarnings("cut.txt", p), "\n")
	want := strings.Join([]string{
		"cut.txt:8: warning: text ends inside strategy 1-1, before the page's footer: the page seems cut short",
		"cut.txt: warning: no missions (区の使命) found",
		"cut.txt: warning: no ward head's policy (区運営の基本的な考え方) found",
	}, "\n")
	if got != want {
		t.Errorf("warnings:\n%s\nwant:\n%s", got, want)
	}
	if p.ID != "osaka/nishi/2023" || p.Issues[0].Strategies[0].Description != "地域の見守り活動を" {
		t.Errorf("plan %s issues %+v", p.ID, p.Issues)
	}
}
