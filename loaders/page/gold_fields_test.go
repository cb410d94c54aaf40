package page

import "github.com/wardgraph/wardgraph"

// planSlogans returns the slogans the plan's goal carries.
func planSlogans(p *wardgraph.Plan) []string {
	if p.Goal == nil || p.Goal.Slogan == "" {
		return []string{}
	}
	return []string{p.Goal.Slogan}
}

// initiativeNumbered reports whether the page gave the initiative its code.
// Before Initiative.Numbered existed every initiative claimed a code.
func initiativeNumbered(in *wardgraph.Initiative) bool { return true }
