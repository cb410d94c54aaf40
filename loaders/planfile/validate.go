package planfile

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/wardgraph/wardgraph/planschema"
)

var (
	compileOnce sync.Once
	planSchema  *jsonschema.Schema
	compileErr  error
	printer     = message.NewPrinter(language.English)
)

// compiledSchema returns the compiled plan file schema (planschema/plan.schema.json).
func compiledSchema() (*jsonschema.Schema, error) {
	compileOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(planschema.PlanJSON))
		if err != nil {
			compileErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		if compileErr = c.AddResource(planschema.PlanID, doc); compileErr != nil {
			return
		}
		planSchema, compileErr = c.Compile(planschema.PlanID)
	})
	return planSchema, compileErr
}

// validate checks inst, a JSON value as decoded by jsonschema.UnmarshalJSON,
// against the plan file schema and locates each violation with ps.
func validate(inst any, ps *positions) ([]problem, error) {
	sch, err := compiledSchema()
	if err != nil {
		return nil, fmt.Errorf("plan file schema: %w", err)
	}
	err = sch.Validate(inst)
	var ve *jsonschema.ValidationError
	if err == nil {
		return nil, nil
	}
	if !errors.As(err, &ve) {
		return nil, err
	}
	var probs []problem
	for _, leaf := range leaves(ve) {
		probs = append(probs, describe(leaf, ps)...)
	}
	return probs, nil
}

// leaves returns the errors of the tree that have no causes: the actual
// violations, without the groups and references that lead to them.
func leaves(e *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return []*jsonschema.ValidationError{e}
	}
	var out []*jsonschema.ValidationError
	for _, c := range e.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

// describe turns one violation into problems with positions and plain
// messages; a violation naming several properties gives one per property.
func describe(e *jsonschema.ValidationError, ps *positions) []problem {
	ptr := pointer(e.InstanceLocation...)
	switch k := e.ErrorKind.(type) {
	case *kind.Required:
		var out []problem
		for _, m := range k.Missing {
			out = append(out, fieldProblem(ps.value(ptr), ptr+pointer(m), "missing property"))
		}
		return out
	case *kind.AdditionalProperties:
		var out []problem
		for _, m := range k.Properties {
			out = append(out, fieldProblem(ps.key(ptr+pointer(m)), ptr+pointer(m), "unknown property (not in the plan file schema)"))
		}
		return out
	}
	return []problem{fieldProblem(ps.value(ptr), ptr, wording(e.ErrorKind))}
}

// patternHints explains the schema's patterns in words.
var patternHints = map[string]string{
	"^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "a date written YYYY-MM-DD",
	"^[0-9]{5}$":                   "a five-digit code such as 27106",
}

// wording words a violation of one value.
func wording(k jsonschema.ErrorKind) string {
	switch k := k.(type) {
	case *kind.Type:
		msg := fmt.Sprintf("got %s, want %s", k.Got, strings.Join(k.Want, " or "))
		if k.Got == "number" && len(k.Want) == 1 && k.Want[0] == "string" {
			msg += " (put it in quotes)"
		}
		return msg
	case *kind.Enum:
		var want []string
		for _, w := range k.Want {
			want = append(want, fmt.Sprint(w))
		}
		return fmt.Sprintf("got %q, want one of %s", fmt.Sprint(k.Got), strings.Join(want, ", "))
	case *kind.Minimum:
		return fmt.Sprintf("%s is less than the minimum %s", ratText(k.Got), ratText(k.Want))
	case *kind.Maximum:
		return fmt.Sprintf("%s is more than the maximum %s", ratText(k.Got), ratText(k.Want))
	case *kind.MinLength:
		return "must not be empty"
	case *kind.Pattern:
		if hint, ok := patternHints[k.Want]; ok {
			return fmt.Sprintf("got %q, want %s", k.Got, hint)
		}
		return fmt.Sprintf("got %q, want text matching %s", k.Got, k.Want)
	}
	return k.LocalizedString(printer)
}

// ratText writes a number briefly: exactly when it has at most 20 digits,
// else in exponent form (1e+400).
func ratText(r *big.Rat) string {
	if s := r.RatString(); len(s) <= 20 {
		return s
	}
	return new(big.Float).SetRat(r).Text('g', 6)
}
