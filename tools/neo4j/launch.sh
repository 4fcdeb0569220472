#!/usr/bin/env bash
# Starts a real Neo4j 5.26 (embedded, from Maven Central) with Bolt on 127.0.0.1:$NEO4J_PORT and
# prints its URL; if one already answers there, prints the URL at once. Used by .ci/run:
#   NEO4J_URL="$(tools/neo4j/launch.sh)"; export NEO4J_URL
# Fails (non-zero) when the build takes over NEO4J_BUILD_TIMEOUT seconds (default 900; the first
# one downloads Neo4j's jars from Maven Central) or the server does not answer within
# NEO4J_START_TIMEOUT seconds (default 120). Data in $NEO4J_DATA_DIR (default .data/neo4j). Stop it with stop.sh.
set -euo pipefail
cd "$(dirname "$0")"
PORT="${NEO4J_PORT:-7687}"
TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
BUILD_TIMEOUT="${NEO4J_BUILD_TIMEOUT:-900}"
DATA="$(realpath -m "${NEO4J_DATA_DIR:-$PWD/../../.data/neo4j}")"
URL="bolt://127.0.0.1:$PORT"

answering() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

if answering; then echo "$URL"; exit 0; fi

# Build once (first run downloads Neo4j's jars, which takes minutes); later runs reuse target/.
if [ ! -f target/neo4j-launcher-1.0.0.jar ] || [ ! -d target/lib ] || [ pom.xml -nt target/neo4j-launcher-1.0.0.jar ] \
   || [ src/main/java/worldgraph/neo4j/Launcher.java -nt target/neo4j-launcher-1.0.0.jar ]; then
  timeout "$BUILD_TIMEOUT" mvn -q -B package -DskipTests >&2
fi

mkdir -p "$DATA"
LOG="$DATA/launcher.log"
nohup java -Xms256m -Xmx768m -cp "target/neo4j-launcher-1.0.0.jar:target/lib/*" worldgraph.neo4j.Launcher "$DATA/db" "$PORT" >"$LOG" 2>&1 &
echo $! >"$DATA/launcher.pid"

for _ in $(seq 1 "$TIMEOUT"); do
  if grep -q NEO4J_READY "$LOG" 2>/dev/null && answering; then echo "$URL"; exit 0; fi
  if ! kill -0 "$(cat "$DATA/launcher.pid")" 2>/dev/null; then
    echo "Neo4j exited before it was ready; last lines of $LOG:" >&2; tail -n 30 "$LOG" >&2; exit 1
  fi
  sleep 1
done
echo "Neo4j did not answer on $URL within ${TIMEOUT}s; last lines of $LOG:" >&2
tail -n 30 "$LOG" >&2
kill "$(cat "$DATA/launcher.pid")" 2>/dev/null || true
exit 1
