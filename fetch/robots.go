package fetch

import (
	"bufio"
	"strings"
)

// robots is the part of a robots.txt that applies to wardgraph: the
// Allow and Disallow rules of the group naming "wardgraph", else of "*".
type robots struct {
	rules []robotsRule
}

type robotsRule struct {
	allow  bool
	prefix string
}

// parseRobots reads a robots.txt for the agent token.
func parseRobots(text, agent string) robots {
	groups := map[string][]robotsRule{}
	var current []string
	inRules := false
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, value = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if inRules {
				current, inRules = nil, false
			}
			current = append(current, strings.ToLower(value))
		case "allow", "disallow":
			inRules = true
			if value == "" {
				continue // "Disallow:" allows everything
			}
			for _, ua := range current {
				groups[ua] = append(groups[ua], robotsRule{allow: key == "allow", prefix: value})
			}
		}
	}
	if r, ok := groups[strings.ToLower(agent)]; ok {
		return robots{r}
	}
	return robots{groups["*"]}
}

// allowed reports whether a path (with its query) may be fetched: the
// longest matching rule wins, Allow on a tie; no rule allows.
func (r robots) allowed(path string) bool {
	best, allow := -1, true
	for _, rule := range r.rules {
		if strings.HasPrefix(path, rule.prefix) && (len(rule.prefix) > best || len(rule.prefix) == best && rule.allow) {
			best, allow = len(rule.prefix), rule.allow
		}
	}
	return allow
}
