#!/usr/bin/env bash
# Starts the development OpenID provider (server.mjs: the `oidc-provider` package, plain Node) on
# 127.0.0.1:$OIDC_PROVIDER_PORT (default 9500) and prints the environment accounts needs
# (OIDC_PROVIDERS), one `export` per line; if one already answers there, prints it at once. Used by
# .ci/run once node_modules is installed:
#   eval "$(tools/oidc/launch.sh)"
# Fails when it does not answer within OIDC_PROVIDER_START_TIMEOUT seconds (default 60).
# Log and pid in $OIDC_PROVIDER_DATA_DIR (default .data/oidc-provider). Stop it with stop.sh.
set -euo pipefail
cd "$(dirname "$0")"
PORT="${OIDC_PROVIDER_PORT:-9500}"
TIMEOUT="${OIDC_PROVIDER_START_TIMEOUT:-60}"
DATA="$(realpath -m "${OIDC_PROVIDER_DATA_DIR:-$PWD/../../.data/oidc-provider}")"

answering() { curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/.well-known/openid-configuration" 2>/dev/null; }
print_env() {
  node --input-type=module -e "
    const { DEV_CLIENT: c } = await import('./server.mjs');
    const providers = [{ id: c.id, name: c.name, issuer: 'http://127.0.0.1:$PORT', clientId: c.clientId, clientSecret: c.clientSecret }];
    console.log(\`export OIDC_PROVIDERS='\${JSON.stringify(providers)}'\`);"
}

if answering; then print_env; exit 0; fi
mkdir -p "$DATA"
LOG="$DATA/provider.log"
OIDC_PROVIDER_PORT="$PORT" nohup node server.mjs >"$LOG" 2>&1 &
echo $! >"$DATA/provider.pid"
for _ in $(seq 1 $((TIMEOUT * 4))); do
  if answering; then print_env; exit 0; fi
  if ! kill -0 "$(cat "$DATA/provider.pid")" 2>/dev/null; then
    echo "The OpenID provider exited before it was ready; last lines of $LOG:" >&2; tail -n 30 "$LOG" >&2; exit 1
  fi
  sleep 0.25
done
echo "The OpenID provider did not answer on 127.0.0.1:$PORT within ${TIMEOUT}s" >&2
kill "$(cat "$DATA/provider.pid")" 2>/dev/null || true
exit 1
