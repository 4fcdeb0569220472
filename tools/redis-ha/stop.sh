#!/usr/bin/env bash
# Stops the Redis Sentinel set launch.sh started (by its pid files) and removes its files.
set -euo pipefail
DIR="${REDIS_HA_DIR:-/tmp/worldgraph-redis-ha}"
[ -d "$DIR" ] || exit 0
for pidfile in "$DIR"/*.pid; do
  [ -f "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  # Only a redis process: a pid file left from a reboot may name something else now.
  if ps -p "$pid" -o comm= 2>/dev/null | grep -q redis; then kill "$pid" 2>/dev/null || true; fi
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$pidfile"
done
rm -rf "$DIR"
