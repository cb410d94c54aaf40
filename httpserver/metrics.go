package httpserver

import (
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph"
)

// maxOperationNames caps the distinct operation names the metrics keep
// apart (clients choose names; every further one is counted as "other").
const maxOperationNames = 100

// Metrics are the server's Prometheus metrics, in a registry of their own:
// GraphQL operations by name and outcome with their latency, HTTP requests
// by route and status with their latency, refused requests by limit,
// requests in flight, store errors by code, the store's plan count and
// data version, and
// the Go runtime and process (RSS) collectors. It is the graph.Observer
// of the server it is given to. A nil *Metrics counts nothing.
type Metrics struct {
	reg       *prometheus.Registry
	ops       *prometheus.CounterVec
	opLatency *prometheus.HistogramVec
	reqs      *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	refused   *prometheus.CounterVec
	inflight  prometheus.Gauge
	storeErrs *prometheus.CounterVec

	mu    sync.Mutex
	names map[string]bool
}

var _ graph.Observer = (*Metrics)(nil)

// NewMetrics returns the metrics of a server over store.
func NewMetrics(store wardgraph.Store) *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry(), names: map[string]bool{}}
	m.ops = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "wardgraph_graphql_operations_total",
		Help: "GraphQL operations answered, by operation name and outcome (ok, refused, invalid, error)."}, []string{"operation", "outcome"})
	m.opLatency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "wardgraph_graphql_operation_duration_seconds",
		Help: "Time from a GraphQL request's start to its answer, by operation name.", Buckets: latencyBuckets}, []string{"operation"})
	m.reqs = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "wardgraph_http_requests_total",
		Help: "HTTP requests, by route and status code."}, []string{"route", "code"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "wardgraph_http_request_duration_seconds",
		Help: "HTTP request latency, from the handler's start to the end of the answer, by route.", Buckets: latencyBuckets}, []string{"route"})
	m.refused = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "wardgraph_refused_total",
		Help: "Requests refused by a limit, by the limit's name (timeout, complexity, in_flight, rate, body_size, fields, ...)."}, []string{"limit"})
	m.inflight = prometheus.NewGauge(prometheus.GaugeOpts{Name: "wardgraph_http_in_flight_requests",
		Help: "GraphQL requests being served."})
	m.storeErrs = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "wardgraph_store_errors_total",
		Help: "Store errors shown to clients, by code (UNAVAILABLE, INTERNAL, ...)."}, []string{"code"})
	m.reg.MustRegister(m.ops, m.opLatency, m.reqs, m.latency, m.refused, m.inflight, m.storeErrs,
		newPlanCollector(store, m.storeErrs),
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

var latencyBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Operation counts an answered GraphQL operation (graph.Observer).
func (m *Metrics) Operation(name, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	name = m.operationLabel(name)
	m.ops.WithLabelValues(name, outcome).Inc()
	m.opLatency.WithLabelValues(name).Observe(took.Seconds())
}

// Refused counts a request a limit refused (graph.Observer).
func (m *Metrics) Refused(limit string) {
	if m != nil {
		m.refused.WithLabelValues(limit).Inc()
	}
}

// StoreError counts a store error shown to a client (graph.Observer).
func (m *Metrics) StoreError(code string) {
	if m != nil {
		m.storeErrs.WithLabelValues(code).Inc()
	}
}

func (m *Metrics) inFlight(delta float64) {
	if m != nil {
		m.inflight.Add(delta)
	}
}

// operationLabel keeps the first maxOperationNames names apart.
func (m *Metrics) operationLabel(name string) string {
	if name == "" {
		return "anonymous"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.names[name] {
		if len(m.names) >= maxOperationNames {
			return "other"
		}
		m.names[name] = true
	}
	return name
}

// instrument counts route's requests by status and times them.
func (m *Metrics) instrument(route string, h http.Handler) http.Handler {
	if m == nil {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		m.reqs.WithLabelValues(route, strconv.Itoa(rec.status)).Inc()
		m.latency.WithLabelValues(route).Observe(time.Since(start).Seconds())
	})
}
