#!/bin/sh
# Writes this pod's redis.conf and sentinel.conf into /conf (init container of redis-ha).
# The master is the one the sentinels already name (a pod restarting after a failover rejoins as a
# replica of the new master); when none answers (a new set), redis-ha-0 is the master.
set -eu
SELF="$(hostname).redis-ha.${POD_NAMESPACE}.svc.cluster.local"
MASTER=""
for i in 0 1 2; do
  peer="redis-ha-$i.redis-ha.${POD_NAMESPACE}.svc.cluster.local"
  [ "$peer" = "$SELF" ] && continue
  MASTER="$(timeout 3 redis-cli -h "$peer" -p 26379 --raw SENTINEL get-master-addr-by-name worldgraph 2>/dev/null | head -n 1 || true)"
  [ -n "$MASTER" ] && break
done
[ -n "$MASTER" ] || MASTER="redis-ha-0.redis-ha.${POD_NAMESPACE}.svc.cluster.local"

cat >/conf/redis.conf <<CONF
port 6379
dir /data
appendonly yes
replica-announce-ip $SELF
min-replicas-to-write 1
min-replicas-max-lag 10
CONF
[ "$MASTER" = "$SELF" ] || echo "replicaof $MASTER 6379" >>/conf/redis.conf
if [ -n "${REDIS_PASSWORD:-}" ]; then
  printf 'requirepass "%s"\nmasterauth "%s"\n' "$REDIS_PASSWORD" "$REDIS_PASSWORD" >>/conf/redis.conf
fi

cat >/conf/sentinel.conf <<CONF
port 26379
dir /tmp
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel announce-ip $SELF
sentinel monitor worldgraph $MASTER 6379 2
sentinel down-after-milliseconds worldgraph 5000
sentinel failover-timeout worldgraph 60000
sentinel parallel-syncs worldgraph 1
CONF
if [ -n "${REDIS_PASSWORD:-}" ]; then
  printf 'sentinel auth-pass worldgraph "%s"\n' "$REDIS_PASSWORD" >>/conf/sentinel.conf
fi
