#!/usr/bin/env bash
# Stops the payment sandbox launch.sh started (by its pid file).
set -euo pipefail
cd "$(dirname "$0")"
PIDFILE="$(realpath -m "${PAYMENT_SANDBOX_DATA_DIR:-$PWD/../../.data/payment-sandbox}")/sandbox.pid"
if [ -f "$PIDFILE" ]; then kill "$(cat "$PIDFILE")" 2>/dev/null || true; rm -f "$PIDFILE"; fi
