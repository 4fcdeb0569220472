#!/usr/bin/env bash
# Starts a Redis Sentinel set on 127.0.0.1 from the machine's redis-server: one master, two
# replicas and three sentinels (quorum 2) watching master name `worldgraph`, no persistence, files
# in $REDIS_HA_DIR (default /tmp/worldgraph-redis-ha). Prints the environment to use it:
#   eval "$(tools/redis-ha/launch.sh)"    # → REDIS_SENTINEL_URL=redis-sentinel://…/worldgraph
# When the sentinels already answer and know a master that answers, it reuses them (whichever node
# is master after a failover). Ports: REDIS_HA_PORT (default 6391) and the two after it for the data
# nodes, REDIS_HA_SENTINEL_PORT (default 26391) and the two after it for the sentinels. stop.sh stops it.
set -euo pipefail
DIR="${REDIS_HA_DIR:-/tmp/worldgraph-redis-ha}"
PORT="${REDIS_HA_PORT:-6391}"
SPORT="${REDIS_HA_SENTINEL_PORT:-26391}"
NAME=worldgraph
TIMEOUT="${REDIS_HA_START_TIMEOUT:-30}"
DATA_PORTS=("$PORT" "$((PORT + 1))" "$((PORT + 2))")
SENTINEL_PORTS=("$SPORT" "$((SPORT + 1))" "$((SPORT + 2))")
SENTINELS="$(printf '127.0.0.1:%s,' "${SENTINEL_PORTS[@]}")"

print_env() {
  echo "export REDIS_SENTINEL_URL=redis-sentinel://${SENTINELS%,}/$NAME"
}

cli() { redis-cli -h 127.0.0.1 -p "$1" "${@:2}" 2>/dev/null; }

# Every sentinel names a master, and that master answers as one.
ready() {
  local s addr
  for s in "${SENTINEL_PORTS[@]}"; do
    addr="$(cli "$s" SENTINEL get-master-addr-by-name "$NAME" | tail -n 1)" || return 1
    [ -n "$addr" ] || return 1
    cli "$addr" ROLE | head -n 1 | grep -qx master || return 1
    # Each sentinel sees the two replicas and the two other sentinels.
    [ "$(cli "$s" SENTINEL master "$NAME" | awk 'p{print; p=0} /^num-slaves$/{p=1}')" = 2 ] || return 1
    [ "$(cli "$s" SENTINEL master "$NAME" | awk 'p{print; p=0} /^num-other-sentinels$/{p=1}')" = 2 ] || return 1
  done
}

if ready; then print_env; exit 0; fi

# Something half-up (a node stopped by hand): start again from nothing.
"$(dirname "$0")/stop.sh"
mkdir -p "$DIR"
rm -f "$DIR"/*.conf "$DIR"/*.log

for port in "${DATA_PORTS[@]}"; do
  args=(--port "$port" --bind 127.0.0.1 --save "" --appendonly no --dir "$DIR" --daemonize yes
    --pidfile "$DIR/redis-$port.pid" --logfile "$DIR/redis-$port.log" --replica-announce-ip 127.0.0.1)
  [ "$port" = "$PORT" ] || args+=(--replicaof 127.0.0.1 "$PORT")
  redis-server "${args[@]}"
done

for port in "${SENTINEL_PORTS[@]}"; do
  # A sentinel rewrites its own file (what it learnt about the set), so each has one of its own.
  cat >"$DIR/sentinel-$port.conf" <<CONF
port $port
bind 127.0.0.1
daemonize yes
pidfile $DIR/sentinel-$port.pid
logfile $DIR/sentinel-$port.log
dir $DIR
sentinel announce-ip 127.0.0.1
sentinel monitor $NAME 127.0.0.1 $PORT 2
sentinel down-after-milliseconds $NAME 1000
sentinel failover-timeout $NAME 5000
sentinel parallel-syncs $NAME 1
CONF
  redis-server "$DIR/sentinel-$port.conf" --sentinel
done

for _ in $(seq 1 "$((TIMEOUT * 4))"); do
  if ready; then print_env; exit 0; fi
  sleep 0.25
done
echo "the Redis Sentinel set did not come up within ${TIMEOUT}s; logs in $DIR:" >&2
tail -n 5 "$DIR"/*.log >&2
exit 1
