#!/usr/bin/env bash
# Issue 8's peer benchmark: wardgraph serving from Neo4j against
# @neo4j/graphql 7 + Apollo Server 5 (bench/peer-neo4j-graphql) over the same
# Neo4j graph, with wardgraph embedded alongside.
#
#   bash bench/run-peer-neo4j-graphql.sh     # DURATION=10s per cell
#   NEO4J_URI=bolt://127.0.0.1:17787 SKIP_LOAD=1 bash bench/run-peer-neo4j-graphql.sh
#       # on a Neo4j already running and loaded with this set (not stopped after)
#
# Exports the synthetic 240-plan set (bench/peerdata), starts a fresh
# Neo4j 5.26 + APOC core with scripts/neo4j-test-server on port 17787
# (unless NEO4J_URI names one),
# loads the plan files into it with `wardgraph load --neo4j` (timed), starts
# wardgraph serve --neo4j (17711), wardgraph serve --data on the same plan
# files (17712) and the @neo4j/graphql server (17713), gives each server a
# $WARMUP unrecorded run per query (a cold Neo4j plans and caches first),
# checks the answers (bench/peer-neo4j-graphql/check.mjs), then drives
# every query on each server with wrk at 4 and 16 connections, one round,
# no pinning (Neo4j needs the cores too).
# Stops everything it started, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=$PWD/bench
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-2s}
NEO4J_PORT=${NEO4J_PORT:-17787}
WGN_PORT=${WGN_PORT:-17711}
WGE_PORT=${WGE_PORT:-17712}
PEER_PORT=${PEER_PORT:-17713}
CONNS=${CONNS:-"4 16"}
. "$BENCH/lib.sh"
for tool in wrk curl node npm go; do
  command -v "$tool" >/dev/null || { echo "run-peer-neo4j-graphql: $tool is not installed" >&2; exit 1; }
done

work=$(mktemp -d /tmp/peer-neo4j.XXXXXX)
neo4j_started=
cleanup() {
  stop_all
  [ -z "$neo4j_started" ] || scripts/neo4j-test-server stop --port "$NEO4J_PORT" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
go build -o "$work/wardgraph" ./cmd/wardgraph
go run ./bench/peerdata -out "$work/data"
[ -d bench/peer-neo4j-graphql/node_modules ] || (cd bench/peer-neo4j-graphql && npm ci --no-audit --no-fund --silent)

uri=${NEO4J_URI:-}
unset NEO4J_URI # the embedded server must not see it
if [ -z "$uri" ]; then
  neo4j_started=1
  t0=$(date +%s.%N)
  uri=$(scripts/neo4j-test-server start --port "$NEO4J_PORT" --data "$work/neo4j" | tail -1)
  uri=${uri#NEO4J_URI=}
  echo "== Neo4j at $uri, started in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.0f s", b - a}')"
fi
if [ -z "${SKIP_LOAD:-}" ]; then
  t0=$(date +%s.%N)
  "$work/wardgraph" load --neo4j "$uri" "$work/data/plans" >"$work/load.log" 2>&1 || { cat "$work/load.log"; exit 1; }
  echo "== wardgraph load --neo4j of 240 plan files: $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f s", b - a}') ($(tail -1 "$work/load.log"))"
fi

WGN=http://127.0.0.1:$WGN_PORT/graphql
WGE=http://127.0.0.1:$WGE_PORT/graphql
PEER=http://127.0.0.1:$PEER_PORT/graphql
"$work/wardgraph" serve --neo4j "$uri" --addr "127.0.0.1:$WGN_PORT" >"$work/wg-neo4j.log" 2>&1 &
started+=($!)
"$work/wardgraph" serve --data "$work/data/plans" --addr "127.0.0.1:$WGE_PORT" >"$work/wg-embedded.log" 2>&1 &
started+=($!)
NEO4J_URI=$uri node bench/peer-neo4j-graphql/server.mjs "$PEER_PORT" >"$work/peer.log" 2>&1 &
started+=($!)
wait_ready "$WGN"
wait_ready "$WGE"
wait_ready "$PEER"

q=$work/data/queries/neo4j
for body in "$q"/*.wardgraph.json; do # warm-up, not recorded
  DURATION=$WARMUP measure "$WGN" "$body" 4 >/dev/null
  DURATION=$WARMUP measure "$WGE" "$body" 4 >/dev/null
  DURATION=$WARMUP measure "$PEER" "${body%.wardgraph.json}.neo4j-graphql.json" 4 >/dev/null
done
echo "== answers"
node bench/peer-neo4j-graphql/check.mjs "$WGN" "$WGE" "$PEER" "$q"
table="$work/table.md"
for c in $CONNS; do
  printf '\n%s connections, %s per cell\n' "$c" "$DURATION" | tee -a "$table"
  echo "| query | wardgraph on Neo4j req/s | p50 | p99 | @neo4j/graphql req/s | p50 | p99 | wardgraph ÷ @neo4j/graphql | wardgraph embedded req/s | p50 | p99 | embedded ÷ on Neo4j |" | tee -a "$table"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|" | tee -a "$table"
  for body in "$q"/*.wardgraph.json; do
    name=$(basename "$body" .wardgraph.json)
    a=$(measure "$WGN" "$body" "$c")
    b=$(measure "$PEER" "${body%.wardgraph.json}.neo4j-graphql.json" "$c")
    e=$(measure "$WGE" "$body" "$c")
    r=$(row "${name#*-}" "$a" "$b")
    awk -v r="$r" -v a="$a" -v e="$e" "$rate"' BEGIN { split(a, x, " "); split(e, y, " ")
      printf "%s %s | %s | %s | %s |\n", r, rate(y[1]), ms(y[2], y[4] - y[5]), ms(y[3], y[4] - y[5]), (x[1] > 0 ? sprintf("%.0f×", y[1] / x[1]) : "∞ (no answer on Neo4j)") }' | tee -a "$table"
  done
done
echo
echo "== table (wrk -t2, $DURATION per cell, one round, no pinning)"
cat "$table"
