package graph

import (
	"container/list"
	"sync"
)

// answerCache is a bounded in-process cache of GET answers, keyed by their
// ETag (which holds the query, variables, media type and data version, so
// an answer of an earlier version is never served: it only waits to be
// evicted). Least recently used answers go first once the bodies exceed
// maxBytes; an answer over maxBytes/8 is not kept.
type answerCache struct {
	mu       sync.Mutex
	maxBytes int
	size     int
	order    *list.List               // of *answer, most recent first
	byTag    map[string]*list.Element // ETag -> element of order
}

// answer is one cached response body.
type answer struct {
	tag  string
	body []byte
}

// newAnswerCache returns a cache of maxBytes, or nil (no cache) when
// maxBytes is not positive.
func newAnswerCache(maxBytes int) *answerCache {
	if maxBytes <= 0 {
		return nil
	}
	return &answerCache{maxBytes: maxBytes, order: list.New(), byTag: map[string]*list.Element{}}
}

// get returns the body cached for tag.
func (c *answerCache) get(tag string) ([]byte, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byTag[tag]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*answer).body, true
}

// put keeps a copy of body under tag, evicting the least recently used
// answers past maxBytes.
func (c *answerCache) put(tag string, body []byte) {
	if c == nil || len(body) > c.maxBytes/8 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byTag[tag]; ok {
		return
	}
	c.byTag[tag] = c.order.PushFront(&answer{tag: tag, body: append([]byte(nil), body...)})
	c.size += len(body)
	for c.size > c.maxBytes {
		last := c.order.Back()
		a := last.Value.(*answer)
		c.order.Remove(last)
		delete(c.byTag, a.tag)
		c.size -= len(a.body)
	}
}
