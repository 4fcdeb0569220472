#!/usr/bin/env bash
# Starts a real Apache Kafka 4.x broker (KRaft, single node: broker and controller in one process;
# jars from Maven Central through pom.xml) on 127.0.0.1:$KAFKA_PORT and prints its bootstrap address;
# if one already answers there, prints it at once. Used by .ci/run and developers:
#   KAFKA_BROKERS="$(tools/kafka/launch.sh)"; export KAFKA_BROKERS
# Fails (non-zero) when the build takes over KAFKA_BUILD_TIMEOUT seconds (default 600; the first one
# downloads Kafka's jars) or the broker does not answer within KAFKA_START_TIMEOUT seconds (default 90).
# Data in $KAFKA_DATA_DIR (default .data/kafka, formatted on first start). Stop it with stop.sh.
set -euo pipefail
cd "$(dirname "$0")"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
BUILD_TIMEOUT="${KAFKA_BUILD_TIMEOUT:-600}"
DATA="$(realpath -m "${KAFKA_DATA_DIR:-$PWD/../../.data/kafka}")"
ADDRESS="127.0.0.1:$PORT"

answering() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

if answering; then echo "$ADDRESS"; exit 0; fi

# Copy Kafka's jars once (target/lib); later runs reuse them.
if [ ! -d target/lib ] || [ pom.xml -nt target/lib ]; then
  timeout "$BUILD_TIMEOUT" mvn -q -B package -DskipTests >&2
  touch target/lib
fi
CP="target/lib/*"

mkdir -p "$DATA"
cat >"$DATA/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA/logs
num.partitions=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
group.consumer.min.session.timeout.ms=5000
group.classic.min.session.timeout.ms=5000
PROPS

JAVA_OPTS=(-Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true)
# Format the log directory once (a new single-node cluster).
if [ ! -f "$DATA/logs/meta.properties" ]; then
  CLUSTER_ID="$(java -cp "$CP" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)"
  java "${JAVA_OPTS[@]}" -cp "$CP" kafka.tools.StorageTool format --standalone -t "$CLUSTER_ID" -c "$DATA/server.properties" >"$DATA/format.log" 2>&1 || { tail -n 30 "$DATA/format.log" >&2; exit 1; }
fi

LOG="$DATA/launcher.log"
nohup java "${JAVA_OPTS[@]}" -cp "$CP" kafka.Kafka "$DATA/server.properties" >"$LOG" 2>&1 &
echo $! >"$DATA/kafka.pid"

for _ in $(seq 1 "$((TIMEOUT * 2))"); do
  if answering; then echo "$ADDRESS"; exit 0; fi
  if ! kill -0 "$(cat "$DATA/kafka.pid")" 2>/dev/null; then
    echo "Kafka exited before it was ready; last lines of $LOG:" >&2; tail -n 30 "$LOG" >&2; exit 1
  fi
  sleep 0.5
done
echo "Kafka did not answer on $ADDRESS within ${TIMEOUT}s; last lines of $LOG:" >&2
tail -n 30 "$LOG" >&2
kill "$(cat "$DATA/kafka.pid")" 2>/dev/null || true
exit 1
