package planfile

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/wardgraph/wardgraph"
)

// Encode writes p as a canonical plan file: JSON indented by two spaces,
// fields in the order of wardgraph.Plan, characters such as < > & and
// Japanese text written as themselves, and a trailing newline. Decoding
// the output and encoding again gives the same bytes.
func Encode(w io.Writer, p *wardgraph.Plan) error {
	b, err := Marshal(p)
	if err != nil {
		return err
	}
	if _, err := w.Write(b); err != nil {
		return wardgraph.Wrap(err, wardgraph.EINTERNAL, "cannot write the plan file")
	}
	return nil
}

// Marshal returns the canonical plan file of p (see Encode).
func Marshal(p *wardgraph.Plan) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		return nil, wardgraph.Wrap(err, wardgraph.EINTERNAL, "cannot encode the plan "+p.ID)
	}
	return buf.Bytes(), nil
}
