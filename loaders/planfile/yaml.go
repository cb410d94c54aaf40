package planfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// yamlToJSON converts a YAML plan file to JSON text with the same structure,
// recording where each value and key starts in the YAML so that schema
// violations are reported at YAML lines. Anchors may be set but aliases and
// merge keys are refused (they would let a small file expand without bound),
// as are non-scalar keys, duplicate keys and more than one document.
func yamlToJSON(data []byte) (out []byte, ps *positions, prob *problem) {
	defer func() {
		if r := recover(); r != nil { // yaml.v3 must not take the process down
			out, ps, prob = nil, nil, &problem{at: pos{1, 0}, msg: fmt.Sprintf("YAML error: %v", r)}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		return nil, nil, yamlSyntax(err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err != io.EOF {
		return nil, nil, &problem{at: pos{extra.Line, extra.Column}, msg: "syntax error: more than one YAML document"}
	}
	c := &yamlConverter{ps: newPositions()}
	if len(doc.Content) != 1 {
		return nil, nil, &problem{at: pos{1, 0}, msg: "no YAML document"}
	}
	if p := c.node(doc.Content[0], "", 0); p != nil {
		return nil, nil, p
	}
	return c.buf.Bytes(), c.ps, nil
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// yamlSyntax locates a YAML parse error by the line number in its text.
func yamlSyntax(err error) *problem {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &problem{at: pos{line, 0}, msg: "syntax error: " + strings.TrimPrefix(msg, m[0])}
	}
	if errors.Is(err, io.EOF) {
		return &problem{at: pos{1, 0}, msg: "no YAML document"}
	}
	return &problem{at: pos{1, 0}, msg: "syntax error: " + strings.TrimPrefix(msg, "yaml: ")}
}

// yamlConverter writes the JSON form of a YAML node tree.
type yamlConverter struct {
	buf bytes.Buffer
	ps  *positions
}

// node writes n, found at ptr, and everything under it.
func (c *yamlConverter) node(n *yaml.Node, ptr string, depth int) *problem {
	at := pos{n.Line, n.Column}
	c.ps.values[ptr] = at
	if depth >= maxDepth {
		return &problem{at: at, msg: "syntax error: nested too deeply"}
	}
	switch n.Kind {
	case yaml.MappingNode:
		return c.mapping(n, ptr, depth)
	case yaml.SequenceNode:
		c.buf.WriteByte('[')
		for i, item := range n.Content {
			if i > 0 {
				c.buf.WriteByte(',')
			}
			if p := c.node(item, ptr+"/"+strconv.Itoa(i), depth+1); p != nil {
				return p
			}
		}
		c.buf.WriteByte(']')
		return nil
	case yaml.ScalarNode:
		return c.scalar(n, ptr)
	}
	return &problem{at: at, msg: "YAML aliases are not supported in plan files"}
}

// mapping writes a YAML mapping as a JSON object.
func (c *yamlConverter) mapping(n *yaml.Node, ptr string, depth int) *problem {
	c.buf.WriteByte('{')
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		kat := pos{k.Line, k.Column}
		if k.Kind != yaml.ScalarNode || k.ShortTag() == "!!merge" {
			return &problem{at: kat, msg: "YAML keys must be plain names (no merge keys, lists or maps as keys)"}
		}
		kptr := ptr + pointer(k.Value)
		if seen[k.Value] {
			p := fieldProblem(kat, kptr, "duplicate property")
			return &p
		}
		seen[k.Value] = true
		c.ps.keys[kptr] = kat
		if i > 0 {
			c.buf.WriteByte(',')
		}
		c.writeString(k.Value)
		c.buf.WriteByte(':')
		if p := c.node(n.Content[i+1], kptr, depth+1); p != nil {
			return p
		}
	}
	c.buf.WriteByte('}')
	return nil
}

// scalar writes a YAML scalar as the JSON value of its resolved type.
func (c *yamlConverter) scalar(n *yaml.Node, ptr string) *problem {
	switch n.ShortTag() {
	case "!!null":
		c.buf.WriteString("null")
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			return c.bad(n, ptr, err)
		}
		c.buf.WriteString(strconv.FormatBool(b))
	case "!!int", "!!float":
		return c.number(n, ptr)
	default: // !!str, !!timestamp, !!binary: the text as written
		c.writeString(n.Value)
	}
	return nil
}

// number writes a YAML number as a JSON number; integral values are written
// without a fraction so that 1.0 reads as the integer 1.
func (c *yamlConverter) number(n *yaml.Node, ptr string) *problem {
	var i int64
	if n.ShortTag() == "!!int" && n.Decode(&i) == nil {
		c.buf.WriteString(strconv.FormatInt(i, 10))
		return nil
	}
	var f float64
	if err := n.Decode(&f); err != nil {
		return c.bad(n, ptr, err)
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		p := fieldProblem(pos{n.Line, n.Column}, ptr, "not a finite number")
		return &p
	}
	format := byte('g')
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		format = 'f'
	}
	c.buf.WriteString(strconv.FormatFloat(f, format, -1, 64))
	return nil
}

// bad reports a scalar that yaml.v3 tagged but cannot decode.
func (c *yamlConverter) bad(n *yaml.Node, ptr string, err error) *problem {
	p := fieldProblem(pos{n.Line, n.Column}, ptr, "cannot read "+strconv.Quote(n.Value)+": "+strings.TrimPrefix(err.Error(), "yaml: "))
	return &p
}

// writeString writes s as a JSON string.
func (c *yamlConverter) writeString(s string) {
	b, _ := json.Marshal(s) // a string always marshals
	c.buf.Write(b)
}
