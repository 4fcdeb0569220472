#!/usr/bin/env bash
# Stops the S3Proxy that launch.sh started (by its recorded pid; same S3PROXY_DATA_DIR).
set -euo pipefail
cd "$(dirname "$0")"
PIDFILE="$(realpath -m "${S3PROXY_DATA_DIR:-$PWD/../../.data/s3proxy}")/s3proxy.pid"
[ -f "$PIDFILE" ] || exit 0
PID="$(cat "$PIDFILE")"
if kill -0 "$PID" 2>/dev/null; then
  kill "$PID"
  for _ in $(seq 1 30); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
  kill -0 "$PID" 2>/dev/null && kill -9 "$PID" 2>/dev/null || true
fi
rm -f "$PIDFILE"
