package planfile

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
)

// MaxBytes is the largest plan file Decode accepts: 8 MiB, far above the
// export of a whole real plan (about 60 KiB). Package loaders checks it
// against the file's size before reading.
const MaxBytes = 8 << 20

// utf8BOM is the byte order mark some editors put at the start of a file.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// checkInput refuses input that cannot be a text file: empty (or only
// white space), larger than MaxBytes, binary (NUL bytes) or not UTF-8. It
// returns the data without a leading byte order mark. Errors are EINVALID
// and name the file.
func checkInput(name string, data []byte) ([]byte, error) {
	switch {
	case len(data) > MaxBytes:
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "%s: file too large: %d bytes, the limit is %d", name, len(data), MaxBytes)
	case len(bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))) == 0:
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "%s: empty file", name)
	case bytes.IndexByte(data, 0) >= 0:
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "%s: binary file (contains NUL bytes), not a plan", name)
	case !utf8.Valid(data):
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "%s: not UTF-8 text (%s)", name, firstInvalid(data))
	}
	return bytes.TrimPrefix(data, utf8BOM), nil
}

// firstInvalid says where the first byte that is not UTF-8 sits.
func firstInvalid(data []byte) string {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Sprintf("invalid byte at line %d, column %d", line, col)
		}
		if r == '\n' {
			line, col = line+1, 0
		}
		col++
		i += size
	}
	return "invalid byte"
}
