package httpserver

import (
	"context"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/wardgraph/wardgraph"
)

// planRefresh is how often the plan count is read from the store at most:
// scrapes in between get the last count, so a scrape costs no store call.
const planRefresh = 30 * time.Second

// planTimeout bounds one read of the plan count.
const planTimeout = 2 * time.Second

// planCollector reports wardgraph_plans, the number of plans the store
// holds, read at most every planRefresh.
type planCollector struct {
	store     wardgraph.Store
	storeErrs *prometheus.CounterVec
	desc      *prometheus.Desc

	mu    sync.Mutex
	count int
	at    time.Time
}

func newPlanCollector(store wardgraph.Store, storeErrs *prometheus.CounterVec) *planCollector {
	return &planCollector{store: store, storeErrs: storeErrs,
		desc: prometheus.NewDesc("wardgraph_plans", "Plans the store holds (read at most every 30 s).", nil, nil)}
}

// Describe sends the collector's one descriptor.
func (c *planCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

// Collect sends the plan count, reading it again when it is old.
func (c *planCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.at.IsZero() || time.Since(c.at) > planRefresh {
		ctx, cancel := context.WithTimeout(context.Background(), planTimeout)
		plans, err := c.store.Plans(ctx, wardgraph.PlanFilter{})
		cancel()
		if err != nil {
			c.storeErrs.WithLabelValues(wardgraph.ErrorCode(err)).Inc()
		} else {
			c.count, c.at = len(plans), time.Now()
		}
	}
	ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(c.count))
}
