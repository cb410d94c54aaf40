#!/usr/bin/env bash
# Issue 13's peer benchmark: wardgraph serve against Apollo Server 5 +
# graphql-js 16 (bench/peer-apollo) on the same 240 synthetic plans.
#
#   bash bench/run-peer-apollo.sh            # DURATION=10s per cell, ports 17701/17702
#   CHECK_ONLY=1 bash bench/run-peer-apollo.sh   # only the answer check (scripts/test.sh)
#
# Exports the synthetic set (bench/peerdata: plan files + query bodies),
# starts both servers on 127.0.0.1 from the same plan files, checks that
# every query's answer is byte-identical, then drives each query on each
# server with wrk (same Lua script, same body) at 4 and 16 connections:
# first "shared" (no pinning, 2 cores for everything), then "pinned" (each
# server restarted under taskset -c 0, wrk under taskset -c 1). Each mode
# starts with a $WARMUP unrecorded run of every query on each server. One round.
# Needs go, node/npm, wrk (apt-get install wrk), taskset, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=$PWD/bench
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-2s}
WG_PORT=${WG_PORT:-17701}
AP_PORT=${AP_PORT:-17702}
CONNS=${CONNS:-"4 16"}
. "$BENCH/lib.sh"
tools="curl node npm go"
[ -n "${CHECK_ONLY:-}" ] || tools="$tools wrk taskset"
for tool in $tools; do
  command -v "$tool" >/dev/null || { echo "run-peer-apollo: $tool is not installed" >&2; exit 1; }
done

work=$(mktemp -d /tmp/peer-apollo.XXXXXX)
trap 'stop_all; rm -rf "$work"' EXIT
go build -o "$work/wardgraph" ./cmd/wardgraph
go run ./bench/peerdata -out "$work/data"
[ -d bench/peer-apollo/node_modules ] || (cd bench/peer-apollo && npm ci --no-audit --no-fund --silent)
WG=http://127.0.0.1:$WG_PORT/graphql
AP=http://127.0.0.1:$AP_PORT/graphql

# start PREFIX...: starts both servers, each under the prefix (e.g. taskset -c 0).
start() {
  "$@" "$work/wardgraph" serve --data "$work/data/plans" --addr "127.0.0.1:$WG_PORT" >"$work/wardgraph.log" 2>&1 &
  started+=($!)
  "$@" node bench/peer-apollo/server.mjs "$work/data" "$AP_PORT" >"$work/apollo.log" 2>&1 &
  started+=($!)
  wait_ready "$WG"
  wait_ready "$AP"
}

echo "== answers (wardgraph vs Apollo, byte-identical after Apollo's trailing newline)"
start
node bench/check-answers.mjs "$WG" "$AP" "$work"/data/queries/apollo/*.json
[ -z "${CHECK_ONLY:-}" ] || exit 0

table="$work/table.md"
declare -A res # res[mode/conns/query/server] = measure result
for mode in shared pinned; do
  if [ "$mode" = pinned ]; then
    stop_all
    start taskset -c 0
    load=(taskset -c 1)
  else
    load=()
  fi
  for body in "$work"/data/queries/apollo/*.json; do # warm-up, not recorded (V8 compiles hot code late)
    DURATION=$WARMUP measure "$WG" "$body" 4 "${load[@]}" >/dev/null
    DURATION=$WARMUP measure "$AP" "$body" 4 "${load[@]}" >/dev/null
  done
  for c in $CONNS; do
    printf '\n%s, %s connections, %s per cell\n' "$mode" "$c" "$DURATION" | tee -a "$table"
    echo "| query | wardgraph req/s | p50 | p99 | Apollo req/s | p50 | p99 | wardgraph ÷ Apollo |" | tee -a "$table"
    echo "|---|---|---|---|---|---|---|---|" | tee -a "$table"
    for body in "$work"/data/queries/apollo/*.json; do
      name=$(basename "$body" .json)
      a=$(measure "$WG" "$body" "$c" "${load[@]}")
      b=$(measure "$AP" "$body" "$c" "${load[@]}")
      res[$mode/$c/${name#*-}/wardgraph]=$a
      res[$mode/$c/${name#*-}/apollo]=$b
      row "${name#*-}" "$a" "$b" | tee -a "$table"
    done
  done
done
# issue_row SERVER LABEL CONNS: a row of issue 13's table.
issue_row() {
  awk -v label="$2" -v s="${res[shared/$3/nested/$1]}" -v p="${res[pinned/$3/nested/$1]}" -v f="${res[shared/$3/floor/$1]}" "$rate"' BEGIN {
    split(s, a, " "); split(p, b, " "); split(f, c, " ")
    printf "| %s | %s | %s | %s | %s | %s |\n", label, rate(a[1]), ms(a[3], a[4] - a[5]), rate(b[1]), ms(b[3], b[4] - b[5]), rate(c[1]) }'
}
for c in $CONNS; do
  {
    printf '\nissue 13 format, %s connections\n' "$c"
    echo "| server | nested req/s, 2 cores shared | p99 | nested req/s, each server pinned to 1 core | p99 | \`{ __typename }\` shared |"
    echo "|---|---|---|---|---|---|"
    issue_row wardgraph "wardgraph serve" "$c"
    issue_row apollo "Apollo Server 5.5 + graphql-js 16, plain resolvers over the plan files in memory" "$c"
  } >>"$table"
done
echo
echo "== table (wrk -t2, $DURATION per cell, one round; shared: no pinning; pinned: each server under taskset -c 0, wrk under taskset -c 1)"
cat "$table"
