package page

import "github.com/wardgraph/wardgraph"

// planSlogans returns the slogans the plan's goal carries.
func planSlogans(p *wardgraph.Plan) []string {
	if p.Goal == nil {
		return []string{}
	}
	return append([]string{}, p.Goal.Slogans...)
}

// initiativeNumbered reports whether the page gave the initiative its code.
func initiativeNumbered(in *wardgraph.Initiative) bool { return in.Numbered }
