// Command peerdata writes what the peer benchmarks serve and send: the
// synthetic 240-plan set (24 wards × 10 fiscal years, from synth) as plan
// files, its graph projection and ward list for the Apollo peer, and the
// request bodies of each benchmark query. Both servers of a benchmark read
// the same plan files and are sent the same bodies.
//
//	go run ./bench/peerdata -out DIR
//
// writes DIR/plans/*.json (the plan file format, as `wardgraph export
// --out` writes it), DIR/graph.json, DIR/wards.json and
// DIR/queries/apollo/NN-name.json and DIR/queries/neo4j/NN-name.SERVER.json.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/synth"
	"github.com/wardgraph/wardgraph/synth/templates"
)

func main() {
	out := flag.String("out", "", "folder to write plans/, graph.json, wards.json and queries/ into")
	firstYear := flag.Int("first-year", 2016, "first fiscal year of the synthetic set")
	years := flag.Int("years", 10, "fiscal years per ward")
	flag.Parse()
	if err := run(*out, *firstYear, *years); err != nil {
		fmt.Fprintln(os.Stderr, "peerdata:", wardgraph.ErrorMessage(err))
		os.Exit(1)
	}
}

func run(out string, firstYear, years int) error {
	if out == "" {
		return wardgraph.Errorf(wardgraph.EINVALID, "-out DIR is required")
	}
	tpl, err := templates.FromSample()
	if err != nil {
		return err
	}
	plans, err := synth.Generate(tpl, firstYear, years)
	if err != nil {
		return err
	}
	if err := writePlans(out, plans); err != nil {
		return err
	}
	if err := writeGraph(out, plans); err != nil {
		return err
	}
	return writeQueries(out, plans, firstYear+years/2)
}
