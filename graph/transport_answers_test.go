package graph

import (
	"strings"
	"testing"
)

// TestAnswerCacheEviction checks the LRU bound: the least recently used
// answers go once the bodies pass the limit, and an answer over an eighth
// of the limit is not kept.
func TestAnswerCacheEviction(t *testing.T) {
	c := newAnswerCache(800)
	body := strings.Repeat("x", 100)
	for _, tag := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		c.put(tag, []byte(body))
	}
	c.get("a") // a is now the most recent
	c.put("i", []byte(body))
	if _, ok := c.get("b"); ok {
		t.Errorf("b, the least recently used, was kept")
	}
	for _, tag := range []string{"a", "c", "i"} {
		if got, ok := c.get(tag); !ok || string(got) != body {
			t.Errorf("%s: %q, %v; want kept", tag, got, ok)
		}
	}
	c.put("big", []byte(strings.Repeat("y", 101)))
	if _, ok := c.get("big"); ok {
		t.Errorf("an answer over an eighth of the limit was kept")
	}
	if c.size > c.maxBytes {
		t.Errorf("size %d over the limit %d", c.size, c.maxBytes)
	}
	var off *answerCache
	off.put("a", []byte(body))
	if _, ok := off.get("a"); ok || newAnswerCache(0) != nil {
		t.Errorf("a disabled cache keeps answers")
	}
}
