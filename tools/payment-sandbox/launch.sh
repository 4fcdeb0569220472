#!/usr/bin/env bash
# Starts the Parsian IPG sandbox (server.mjs, plain Node) on 127.0.0.1:$PAYMENT_SANDBOX_PORT (default
# 9400) and prints the environment the wallet subgraph needs (PAYMENT_GATEWAY_URL), one `export` per
# line; if one already answers there, prints it at once. Used by .ci/run:
#   eval "$(tools/payment-sandbox/launch.sh)"
# Fails when it does not answer within PAYMENT_SANDBOX_START_TIMEOUT seconds (default 20).
# Log and pid in $PAYMENT_SANDBOX_DATA_DIR (default .data/payment-sandbox). Stop it with stop.sh.
set -euo pipefail
cd "$(dirname "$0")"
PORT="${PAYMENT_SANDBOX_PORT:-9400}"
TIMEOUT="${PAYMENT_SANDBOX_START_TIMEOUT:-20}"
DATA="$(realpath -m "${PAYMENT_SANDBOX_DATA_DIR:-$PWD/../../.data/payment-sandbox}")"

answering() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }
print_env() { echo "export PAYMENT_GATEWAY_URL=http://127.0.0.1:$PORT"; }

if answering; then print_env; exit 0; fi
mkdir -p "$DATA"
LOG="$DATA/sandbox.log"
PAYMENT_SANDBOX_PORT="$PORT" nohup node server.mjs >"$LOG" 2>&1 &
echo $! >"$DATA/sandbox.pid"
for _ in $(seq 1 $((TIMEOUT * 4))); do
  if answering; then print_env; exit 0; fi
  if ! kill -0 "$(cat "$DATA/sandbox.pid")" 2>/dev/null; then
    echo "The payment sandbox exited before it was ready; last lines of $LOG:" >&2; tail -n 30 "$LOG" >&2; exit 1
  fi
  sleep 0.25
done
echo "The payment sandbox did not answer on 127.0.0.1:$PORT within ${TIMEOUT}s" >&2
kill "$(cat "$DATA/sandbox.pid")" 2>/dev/null || true
exit 1
