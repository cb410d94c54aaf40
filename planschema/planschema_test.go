package planschema

import (
	"bytes"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/wardgraph/wardgraph"
)

func TestPlanSchemaCompiles(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(PlanJSON))
	if err != nil {
		t.Fatal(err)
	}
	if id := doc.(map[string]any)["$id"]; id != PlanID {
		t.Errorf("$id is %v, want %s", id, PlanID)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(PlanID, doc); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Compile(PlanID); err != nil {
		t.Fatalf("plan.schema.json does not compile: %v", err)
	}
}

// TestSchemaMatchesPlanType keeps the schema and the Go types in step: each
// object of the schema lists exactly the JSON fields of its Go type, and a
// field the schema requires is one that encoding/json always writes.
func TestSchemaMatchesPlanType(t *testing.T) {
	d, err := jsonschema.UnmarshalJSON(bytes.NewReader(PlanJSON))
	if err != nil {
		t.Fatal(err)
	}
	doc := d.(map[string]any)
	defs := doc["$defs"].(map[string]any)
	types := map[string]reflect.Type{
		"": reflect.TypeOf(wardgraph.Plan{}), "ward": reflect.TypeOf(wardgraph.Ward{}),
		"source": reflect.TypeOf(wardgraph.Source{}), "revision": reflect.TypeOf(wardgraph.Revision{}),
		"link": reflect.TypeOf(wardgraph.Link{}), "goal": reflect.TypeOf(wardgraph.Goal{}),
		"mission": reflect.TypeOf(wardgraph.Mission{}), "section": reflect.TypeOf(wardgraph.Section{}),
		"budget": reflect.TypeOf(wardgraph.Budget{}), "issue": reflect.TypeOf(wardgraph.Issue{}),
		"strategy": reflect.TypeOf(wardgraph.Strategy{}), "initiative": reflect.TypeOf(wardgraph.Initiative{}),
		"reformItem": reflect.TypeOf(wardgraph.ReformItem{}), "contact": reflect.TypeOf(wardgraph.Contact{}),
		"warning": reflect.TypeOf(wardgraph.Warning{}),
	}
	for def, typ := range types {
		obj := doc
		if def != "" {
			obj = defs[def].(map[string]any)
		}
		fields, always := jsonFields(typ)
		var props []string
		for p := range obj["properties"].(map[string]any) {
			props = append(props, p)
		}
		sort.Strings(props)
		if strings.Join(props, " ") != strings.Join(fields, " ") {
			t.Errorf("%s (%s): schema has %v, Go has %v", def, typ, props, fields)
		}
		if obj["additionalProperties"] != false {
			t.Errorf("%s: additionalProperties is not false", def)
		}
		req, _ := obj["required"].([]any)
		for _, r := range req {
			if !always[r.(string)] {
				t.Errorf("%s: %v is required but omitempty in Go", def, r)
			}
		}
	}
}

// jsonFields returns the sorted JSON names of typ's fields and which of
// them are written even when empty; fields tagged json:"-" are never
// written and left out.
func jsonFields(typ reflect.Type) ([]string, map[string]bool) {
	var names []string
	always := map[string]bool{}
	for i := 0; i < typ.NumField(); i++ {
		tag := typ.Field(i).Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		names = append(names, name)
		always[name] = !strings.Contains(opts, "omitempty")
	}
	sort.Strings(names)
	return names, always
}
