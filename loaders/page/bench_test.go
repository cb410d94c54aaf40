package page

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParseNishi measures one parse of the whole reference page.
func BenchmarkParseNishi(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(sampleDir, "nishi_2017.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("nishi_2017.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseLarge measures a text near MaxBytes (the Nishi page
// repeated), the worst case Parse accepts.
func BenchmarkParseLarge(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(sampleDir, "nishi_2017.txt"))
	if err != nil {
		b.Fatal(err)
	}
	data = bytes.Repeat(data, MaxBytes/len(data))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("large.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseLongPolicy measures a text near MaxBytes with one policy
// paragraph per line: the cost must stay linear in the number of lines.
func BenchmarkParseLongPolicy(b *testing.B) {
	head := "平成29年度 西区運営方針\n区運営の基本的な考え方(区長の方針)\n"
	data := []byte(head + strings.Repeat("地域活動協議会と連携する。\n", (MaxBytes-len(head))/40))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("long.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}
