package planfile

import (
	"bytes"
	"encoding/json"
	"path"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/wardgraph/wardgraph"
)

// extensions are the file name extensions of plan files, in lower case.
var extensions = []string{".json", ".yaml", ".yml"}

// IsPlanFile reports whether name has a plan file extension.
func IsPlanFile(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	for _, e := range extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// isYAML reports whether name is a YAML plan file (.yaml or .yml).
func isYAML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// Decode reads a plan file named name: YAML when name ends in .yaml or
// .yml, JSON otherwise. It validates the file against the plan file schema,
// then checks what the schema cannot (the ward code is known and matches
// the ward's name and romaji when given; initiative codes are unique), then
// fills in the ward from its code, the fiscal year label when empty, and
// recomputes every id. Errors are *wardgraph.Error EINVALID whose message
// has one "name:line:col: field: problem" line per problem.
func Decode(name string, data []byte) (*wardgraph.Plan, error) {
	data, err := checkInput(name, data)
	if err != nil {
		return nil, err
	}
	text, ps, prob := toJSON(name, data)
	if prob != nil {
		return nil, invalid(name, []problem{*prob})
	}
	probs, err := schemaProblems(name, text, ps)
	if err != nil {
		return nil, err
	}
	if len(probs) > 0 {
		return nil, invalid(name, probs)
	}
	return decodePlan(name, text, ps)
}

// schemaProblems validates JSON text against the plan file schema, then
// checks that its numbers are written as integers.
func schemaProblems(name string, text []byte, ps *positions) ([]problem, error) {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(text))
	if err != nil { // indexJSON and yamlToJSON accept only valid JSON
		return nil, wardgraph.Wrap(err, wardgraph.EINTERNAL, name+": cannot read the plan file")
	}
	probs, err := validate(inst, ps)
	if err != nil {
		return nil, wardgraph.Wrap(err, wardgraph.EINTERNAL, "the plan file schema does not compile")
	}
	if len(probs) == 0 {
		probs = integerLiterals(inst, "", ps)
	}
	return probs, nil
}

// toJSON returns the JSON text of a plan file and where its values sit.
func toJSON(name string, data []byte) ([]byte, *positions, *problem) {
	if isYAML(name) {
		return yamlToJSON(data)
	}
	ps, prob := indexJSON(data)
	return data, ps, prob
}

// decodePlan decodes JSON text that passed the schema, checks it and
// normalises it.
func decodePlan(name string, text []byte, ps *positions) (*wardgraph.Plan, error) {
	var p wardgraph.Plan
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, wardgraph.Wrap(err, wardgraph.EINVALID, name+": the plan does not fit wardgraph's plan type")
	}
	if probs := check(&p, ps); len(probs) > 0 {
		return nil, invalid(name, probs)
	}
	normalize(&p)
	return &p, nil
}

// integerLiterals finds numbers written with a fraction or an exponent
// (1.0, 1e3): the schema counts them as integers, but every number in a
// plan is an integer and must be written as one.
func integerLiterals(v any, ptr string, ps *positions) []problem {
	var out []problem
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			out = append(out, integerLiterals(e, ptr+pointer(k), ps)...)
		}
	case []any:
		for i, e := range v {
			out = append(out, integerLiterals(e, ptr+pointer(itoa(i)), ps)...)
		}
	case json.Number:
		if strings.ContainsAny(string(v), ".eE") {
			out = append(out, fieldProblem(ps.value(ptr), ptr, "write "+string(v)+" as a whole number, without a fraction or exponent"))
		}
	}
	return out
}
