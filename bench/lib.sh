# Shared by the peer benchmark runners (sourced, not run).

# started holds the pids of the servers this run started; stop_all kills them.
started=()
stop_all() {
  local p
  for p in "${started[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${started[@]}"; do wait "$p" 2>/dev/null || true; done
  started=()
}

# wait_ready URL: waits up to 60 s for a GraphQL server to answer { __typename }.
wait_ready() {
  local i
  for i in $(seq 1 120); do
    if curl -sf -m 2 -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$1" >/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "no answer from $1 after 60 s" >&2
  return 1
}

# measure URL BODY CONNS [taskset prefix...]: one wrk run of $DURATION,
# printing "rps p50µs p99µs requests errors". A request counts as an error
# after 10 s (wrk's default of 2 s would drop the slow tail from p99).
measure() {
  local url=$1 body=$2 conns=$3
  shift 3
  BODY=$body "$@" wrk -t2 -c"$conns" -d"$DURATION" --timeout 10s -s "$BENCH/post.lua" "$url" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}

# rate formats requests/s (one decimal below 100), ms a latency in µs ("—"
# when no answer came within the timeout: wrk counts such answers as
# requests and errors but records no latency for them).
rate='function rate(r) { return r < 100 ? sprintf("%.1f", r) : sprintf("%d", r + 0.5) }
  function ms(us, n) { return n > 0 ? sprintf("%.2f ms", us / 1000) : "—" }'

# row NAME A B: a table row from two measure results (A the wardgraph one).
row() {
  awk -v name="$1" -v a="$2" -v b="$3" "$rate"' BEGIN {
    split(a, x, " "); split(b, y, " ")
    flag = (x[5] + y[5] > 0) ? sprintf(" (errors: %d / %d)", x[5], y[5]) : ""
    printf "| %s | %s | %s | %s | %s | %s | %s | %.2f×%s |\n", name, rate(x[1]), ms(x[2], x[4] - x[5]), ms(x[3], x[4] - x[5]),
      rate(y[1]), ms(y[2], y[4] - y[5]), ms(y[3], y[4] - y[5]), (y[1] > 0 ? x[1] / y[1] : 0), flag }'
}
