#!/usr/bin/env bash
# Lints every Neo4j statement of the store with Neo4j's Cypher front end and
# runs the lint's own tests (a broken statement of each kind is caught).
# Needs Node.js and the npm registry; installs exactly package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
npm test
