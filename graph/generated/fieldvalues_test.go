package generated

import (
	"bytes"
	"io"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// TestFieldValuesMarshalAsGqlgen: fieldString and fieldInt write what
// graphql.MarshalString and graphql.MarshalInt write, escapes and invalid
// UTF-8 included.
func TestFieldValuesMarshalAsGqlgen(t *testing.T) {
	for _, s := range []string{"", "plain", "西区の取組", "a\"b\\c", "tab\there\r\n", "\x00\x01\x1f\x7f", "bad \xff\xfe utf-8 \xe3\x81", "末尾\"", "🙂 emoji"} {
		var got, plain, want bytes.Buffer
		fieldString{&s}.MarshalGQL(&got)
		fieldString{&s}.MarshalGQL(struct{ io.Writer }{&plain}) // a writer without WriteByte
		graphql.MarshalString(s).MarshalGQL(&want)
		if got.String() != want.String() || plain.String() != want.String() {
			t.Errorf("fieldString(%q) wrote %s and %s, graphql.MarshalString %s", s, got.String(), plain.String(), want.String())
		}
	}
	for _, n := range []int{0, 1, -1, 42, 1 << 40, -(1 << 62)} {
		var got, want bytes.Buffer
		fieldInt{&n}.MarshalGQL(&got)
		graphql.MarshalInt(n).MarshalGQL(&want)
		if got.String() != want.String() {
			t.Errorf("fieldInt(%d) wrote %s, graphql.MarshalInt %s", n, got.String(), want.String())
		}
	}
}

// FuzzFieldString holds fieldString to graphql.MarshalString on any bytes.
func FuzzFieldString(f *testing.F) {
	f.Add("a\"\\\n\x00\xff西")
	f.Fuzz(func(t *testing.T, s string) {
		var got, want bytes.Buffer
		fieldString{&s}.MarshalGQL(&got)
		graphql.MarshalString(s).MarshalGQL(&want)
		if got.String() != want.String() {
			t.Fatalf("fieldString(%q) wrote %s, graphql.MarshalString %s", s, got.String(), want.String())
		}
	})
}
