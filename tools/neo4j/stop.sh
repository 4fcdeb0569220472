#!/usr/bin/env bash
# Stops the Neo4j that launch.sh started (by its recorded pid).
set -euo pipefail
cd "$(dirname "$0")"
PIDFILE="$(realpath -m "${NEO4J_DATA_DIR:-$PWD/../../.data/neo4j}")/launcher.pid"
[ -f "$PIDFILE" ] || exit 0
PID="$(cat "$PIDFILE")"
if kill -0 "$PID" 2>/dev/null; then
  kill "$PID"
  for _ in $(seq 1 30); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
fi
rm -f "$PIDFILE"
