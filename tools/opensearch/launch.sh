#!/usr/bin/env bash
# Starts a real OpenSearch 2.19 node (the integ-test zip from Maven Central: no security plugin)
# on http://127.0.0.1:$OPENSEARCH_PORT and prints its URL; if one already answers there, prints
# the URL at once. Used by .ci/run:
#   OPENSEARCH_URL="$(tools/opensearch/launch.sh)"; export OPENSEARCH_URL
# OpenSearch refuses to run as root, so as root it runs as the system user `opensearch` (created
# if missing). The zip is fetched once into ~/.m2 and unpacked under tools/opensearch/.cache.
# Fails (non-zero) when the node does not answer within OPENSEARCH_START_TIMEOUT seconds.
# Stop it with stop.sh (same OPENSEARCH_DATA_DIR).
set -euo pipefail
cd "$(dirname "$0")"
VERSION="${OPENSEARCH_VERSION:-2.19.3}"
PORT="${OPENSEARCH_PORT:-9201}"
TRANSPORT_PORT="${OPENSEARCH_TRANSPORT_PORT:-$((PORT + 100))}"
TIMEOUT="${OPENSEARCH_START_TIMEOUT:-180}"
DATA="$(realpath -m "${OPENSEARCH_DATA_DIR:-$PWD/../../.data/opensearch}")"
CACHE="$PWD/.cache"
HOME_DIR="$CACHE/opensearch-$VERSION"
URL="http://127.0.0.1:$PORT"

answering() { curl -fsS -m 2 "$URL/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }

if answering; then echo "$URL"; exit 0; fi

if [ ! -x "$HOME_DIR/bin/opensearch" ]; then
  REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
  ZIP="$REPO/org/opensearch/distribution/integ-test-zip/opensearch/$VERSION/opensearch-$VERSION.zip"
  if [ ! -f "$ZIP" ]; then
    timeout "$TIMEOUT" mvn -q -B dependency:get -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip" -Dtransitive=false >&2
  fi
  mkdir -p "$CACHE"
  rm -rf "$HOME_DIR.tmp" && mkdir -p "$HOME_DIR.tmp"
  if command -v unzip >/dev/null; then unzip -q "$ZIP" -d "$HOME_DIR.tmp"; else (cd "$HOME_DIR.tmp" && jar xf "$ZIP"); fi
  mv "$HOME_DIR.tmp/opensearch-$VERSION" "$HOME_DIR" && rm -rf "$HOME_DIR.tmp"
  chmod +x "$HOME_DIR"/bin/* "$HOME_DIR"/jdk/bin/* 2>/dev/null || true
fi

mkdir -p "$DATA/data" "$DATA/logs"
RUN=()
if [ "$(id -u)" = 0 ]; then
  id -u opensearch >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin opensearch 2>/dev/null || id -u opensearch >/dev/null
  chown -R opensearch "$DATA"
  # The node writes its keystore and temp files under its home.
  chown -R opensearch "$HOME_DIR"
  RUN=(runuser -u opensearch --)
fi
rm -f "$DATA/opensearch.pid"
# The integ-test zip ships no JDK: it runs on the machine's Java 17 (JAVA_HOME or java on PATH).
JAVA="${OPENSEARCH_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"
"${RUN[@]}" env OPENSEARCH_JAVA_HOME="$JAVA" OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m" OPENSEARCH_TMPDIR="$DATA/tmp" \
  bash -c 'mkdir -p "$OPENSEARCH_TMPDIR" && exec "$0" "$@"' "$HOME_DIR/bin/opensearch" -d -p "$DATA/opensearch.pid" \
  -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 -Ehttp.port="$PORT" -Etransport.port="$TRANSPORT_PORT" \
  -Epath.data="$DATA/data" -Epath.logs="$DATA/logs" -Ecluster.name=worldgraph-audit \
  -Ecluster.routing.allocation.disk.threshold_enabled=false -Eaction.auto_create_index=true \
  >"$DATA/launch.log" 2>&1 || { echo "OpenSearch failed to start:" >&2; tail -n 30 "$DATA/launch.log" >&2; exit 1; }

# A freshly started node answers its first writes slowly (cold JVM): warm it with one throwaway
# index template and index before the tests' stacks create theirs under load.
warm() {
  curl -fsS -m 60 -X PUT "$URL/_index_template/worldgraph-warmup" -H 'content-type: application/json' \
    -d '{"index_patterns":["worldgraph-warmup-*"],"template":{"settings":{"number_of_shards":1,"number_of_replicas":0}}}' >/dev/null 2>&1 || true
  curl -fsS -m 60 -X PUT "$URL/worldgraph-warmup-1" >/dev/null 2>&1 || true
  curl -fsS -m 60 -X DELETE "$URL/worldgraph-warmup-1" >/dev/null 2>&1 || true
  curl -fsS -m 60 -X DELETE "$URL/_index_template/worldgraph-warmup" >/dev/null 2>&1 || true
}

for _ in $(seq 1 "$TIMEOUT"); do
  if answering; then warm; echo "$URL"; exit 0; fi
  if [ -f "$DATA/opensearch.pid" ] && ! kill -0 "$(cat "$DATA/opensearch.pid")" 2>/dev/null; then
    echo "OpenSearch exited before it was ready; last lines of its log:" >&2
    tail -n 30 "$DATA/logs/worldgraph-audit.log" >&2 2>/dev/null || tail -n 30 "$DATA/launch.log" >&2; exit 1
  fi
  sleep 1
done
echo "OpenSearch did not answer on $URL within ${TIMEOUT}s; last lines of its log:" >&2
tail -n 30 "$DATA/logs/worldgraph-audit.log" >&2 2>/dev/null || true
[ -f "$DATA/opensearch.pid" ] && kill "$(cat "$DATA/opensearch.pid")" 2>/dev/null || true
exit 1
