package planfile

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDecode measures decoding the hand-written fixture, schema
// validation included.
func BenchmarkDecode(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "fixture.golden.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode("fixture.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeYAML measures decoding the YAML form of the fixture.
func BenchmarkDecodeYAML(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "fixture.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode("fixture.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
