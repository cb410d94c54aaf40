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
// holds, and wardgraph_data_version_info, whose version label is the
// store's data version (Store.DataVersion), read at most every planRefresh.
type planCollector struct {
	store       wardgraph.Store
	storeErrs   *prometheus.CounterVec
	plans, info *prometheus.Desc

	mu      sync.Mutex
	count   int
	version string
	at      time.Time
}

func newPlanCollector(store wardgraph.Store, storeErrs *prometheus.CounterVec) *planCollector {
	return &planCollector{store: store, storeErrs: storeErrs,
		plans: prometheus.NewDesc("wardgraph_plans", "Plans the store holds (read at most every 30 s).", nil, nil),
		info:  prometheus.NewDesc("wardgraph_data_version_info", "Always 1; the label is the store's data version, which changes on every save (read at most every 30 s).", []string{"version"}, nil)}
}

// Describe sends the collector's descriptors.
func (c *planCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.plans
	ch <- c.info
}

// Collect sends the plan count and data version, read again when old.
func (c *planCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.at.IsZero() || time.Since(c.at) > planRefresh {
		c.refresh()
	}
	ch <- prometheus.MustNewConstMetric(c.plans, prometheus.GaugeValue, float64(c.count))
	if c.version != "" {
		ch <- prometheus.MustNewConstMetric(c.info, prometheus.GaugeValue, 1, c.version)
	}
}

// refresh reads the plan count and data version; on a store error it
// keeps the last ones and counts the error.
func (c *planCollector) refresh() {
	ctx, cancel := context.WithTimeout(context.Background(), planTimeout)
	defer cancel()
	plans, err := c.store.Plans(ctx, wardgraph.PlanFilter{})
	if err == nil {
		var version string
		if version, err = c.store.DataVersion(ctx); err == nil {
			c.count, c.version, c.at = len(plans), version, time.Now()
		}
	}
	if err != nil {
		c.storeErrs.WithLabelValues(wardgraph.ErrorCode(err)).Inc()
	}
}
