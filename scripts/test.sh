#!/usr/bin/env bash
# Runs every check and test of wardgraph on a fresh machine: Go modules and the
# pinned npm packages are installed first. The README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "go modules"
go mod download
go mod verify

step "formatting and vet"
unformatted=$(gofmt -l $(git ls-files '*.go') 2>/dev/null || true)
if [ -n "$unformatted" ]; then
  echo "not gofmt-formatted:"; echo "$unformatted"; exit 1
fi
go vet ./...

step "generated code is reproducible (go generate ./...)"
go generate ./...
if ! git diff --exit-code --stat -- . ':(exclude)go.sum'; then
  echo "go generate changed committed files: commit the regenerated code"; exit 1
fi

step "Cypher lint with Neo4j's own front end (@neo4j-cypher/language-support)"
( cd tools/cypherlint && npm ci --no-audit --no-fund --loglevel=error && npm test )

step "web explorer: reproducible build of web/dist and browser tests (Debian chromium + playwright-core)"
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk
fi
( cd web && npm ci --no-audit --no-fund --loglevel=error && npm run build )
if ! git diff --exit-code --stat -- web/dist || [ -n "$(git ls-files --others --exclude-standard -- web/dist)" ]; then
  echo "npm run build changed web/dist: commit the rebuilt explorer"; exit 1
fi
( cd web && WARDGRAPH_E2E_PORT=17410 npm test )

step "GraphQL-over-HTTP audit (graphql-http serverAudits: 13 MUST, 23 SHOULD) against wardgraph serve"
( cd tools/graphql-http-audit && npm ci --no-audit --no-fund --loglevel=error && npm test )

step "Neo4j 5.26 test server (tools/neo4j-server): the Neo4j tests run on it, and may not skip"
if ! command -v mvn >/dev/null || ! ls -d /usr/lib/jvm/java-17-* >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq openjdk-17-jdk-headless maven
fi
neo4j_t0=$SECONDS
neo4j_env=$(scripts/neo4j-test-server start --data "$(mktemp -d)")
trap 'scripts/neo4j-test-server stop' EXIT
export NEO4J_URI=$(sed -n 's/^NEO4J_URI=//p' <<<"$neo4j_env")
export WARDGRAPH_REQUIRE_NEO4J=1 # the Neo4j tests fail instead of skipping
echo "Neo4j test server up at $NEO4J_URI in $((SECONDS - neo4j_t0)) s"

step "go test (race detector on): every package but the Neo4j ones"
mkdir -p tmp
neo4j_pkgs=(./neo4jstore/... ./difftest/)
go test -race -count=1 -timeout 30m $(go list ./... | grep -v -e '/neo4jstore' -e '/difftest$')

step "go test (race detector on): the Neo4j store, the differential test and the outage test, on the Neo4j server"
# -v so the log shows each Neo4j test run (a skip fails under WARDGRAPH_REQUIRE_NEO4J); -timeout: minutes under -race
go test -race -count=1 -timeout 30m -v "${neo4j_pkgs[@]}" 2>&1 | tee tmp/neo4j-go-test.log | grep -E '^(--- |ok|FAIL|PASS|panic)' || true
if ! grep -q '^ok' tmp/neo4j-go-test.log || grep -qE '^(FAIL|--- FAIL|--- SKIP|panic)' tmp/neo4j-go-test.log; then
  echo "the Neo4j tests failed or skipped (full log: tmp/neo4j-go-test.log):"; grep -E -B30 '^(--- FAIL|--- SKIP|FAIL|panic)' tmp/neo4j-go-test.log | tail -80; exit 1
fi
echo "Neo4j tests run: $(grep -c '^--- PASS' tmp/neo4j-go-test.log) top-level passed, $(grep -c '^--- SKIP' tmp/neo4j-go-test.log) skipped"

step "Neo4j test server stopped: the steps below run without NEO4J_URI"
scripts/neo4j-test-server stop
trap - EXIT
unset NEO4J_URI WARDGRAPH_REQUIRE_NEO4J
echo "Neo4j server start plus go test: $((SECONDS - neo4j_t0)) s"

step "peer benchmark answers: the Apollo peer answers every benchmark query as wardgraph does, byte for byte (bench/)"
( cd bench/peer-apollo && npm ci --no-audit --no-fund --loglevel=error )
CHECK_ONLY=1 bash bench/run-peer-apollo.sh
