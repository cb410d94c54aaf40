package loaders

import (
	"os"
	"testing"
)

// BenchmarkReadPage reads the Nishi 2017 page as text, as HTML and as a
// Shift_JIS text: the cost of decoding and rendering over the parse itself.
func BenchmarkReadPage(b *testing.B) {
	text, err := os.ReadFile(nishiText)
	if err != nil {
		b.Fatal(err)
	}
	html, err := os.ReadFile("testdata/pages/nishi_2017.html")
	if err != nil {
		b.Fatal(err)
	}
	sjis, err := os.ReadFile("testdata/pages/nishi_2017.sjis.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		data []byte
		kind fileKind
	}{{"text", text, pageText}, {"html", html, htmlPage}, {"shift_jis", sjis, pageText}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.data)))
			for b.Loop() {
				if _, _, err := readPage("nishi", bc.data, bc.kind); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
