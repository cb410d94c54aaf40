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

# row NAME A B: a table row from two measure results (A the wardgraph one).
row() {
  awk -v name="$1" -v a="$2" -v b="$3" 'BEGIN {
    split(a, x, " "); split(b, y, " ")
    flag = (x[5] + y[5] > 0) ? sprintf(" (errors: %d / %d)", x[5], y[5]) : ""
    printf "| %s | %\047d | %.2f ms | %.2f ms | %\047d | %.2f ms | %.2f ms | %.2f×%s |\n", name,
      x[1], x[2] / 1000, x[3] / 1000, y[1], y[2] / 1000, y[3] / 1000, (y[1] > 0 ? x[1] / y[1] : 0), flag }'
}
