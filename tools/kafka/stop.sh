#!/usr/bin/env bash
# Stops the broker launch.sh started (its pid file), waiting up to 30 s for a clean shutdown.
set -euo pipefail
cd "$(dirname "$0")"
DATA="$(realpath -m "${KAFKA_DATA_DIR:-$PWD/../../.data/kafka}")"
[ -f "$DATA/kafka.pid" ] || exit 0
PID="$(cat "$DATA/kafka.pid")"
kill "$PID" 2>/dev/null || { rm -f "$DATA/kafka.pid"; exit 0; }
for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
kill -9 "$PID" 2>/dev/null || true
rm -f "$DATA/kafka.pid"
