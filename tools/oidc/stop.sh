#!/usr/bin/env bash
# Stops the OpenID provider launch.sh started (by its pid file).
set -euo pipefail
cd "$(dirname "$0")"
PIDFILE="$(realpath -m "${OIDC_PROVIDER_DATA_DIR:-$PWD/../../.data/oidc-provider}")/provider.pid"
if [ -f "$PIDFILE" ]; then kill "$(cat "$PIDFILE")" 2>/dev/null || true; rm -f "$PIDFILE"; fi
