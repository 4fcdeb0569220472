#!/usr/bin/env bash
# Starts a real S3-compatible server, S3Proxy 2.6.0 (org.gaul:s3proxy from Maven Central, Java 17)
# with its filesystem backend, on 127.0.0.1:$S3PROXY_PORT, and prints the environment the media
# subgraph needs (S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY), one `export` per line;
# if one already answers there, prints them at once. Used by .ci/run:
#   eval "$(tools/s3proxy/launch.sh)"
# Fails (non-zero) when the jar cannot be fetched within S3PROXY_FETCH_TIMEOUT seconds (default
# 600) or the server does not answer within S3PROXY_START_TIMEOUT seconds (default 90).
# Data in $S3PROXY_DATA_DIR (default .data/s3proxy). Stop it with stop.sh.
set -euo pipefail
cd "$(dirname "$0")"
VERSION=2.6.0
PORT="${S3PROXY_PORT:-9300}"
TIMEOUT="${S3PROXY_START_TIMEOUT:-90}"
FETCH_TIMEOUT="${S3PROXY_FETCH_TIMEOUT:-600}"
DATA="$(realpath -m "${S3PROXY_DATA_DIR:-$PWD/../../.data/s3proxy}")"
IDENTITY=worldgraph
CREDENTIAL=worldgraph-local-secret
JAR="$HOME/.m2/repository/org/gaul/s3proxy/$VERSION/s3proxy-$VERSION-jar-with-dependencies.jar"

answering() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }
print_env() {
  echo "export S3_ENDPOINT=http://127.0.0.1:$PORT"
  echo "export S3_ACCESS_KEY_ID=$IDENTITY"
  echo "export S3_SECRET_ACCESS_KEY=$CREDENTIAL"
}

if answering; then print_env; exit 0; fi

if [ ! -f "$JAR" ]; then
  timeout "$FETCH_TIMEOUT" mvn -q -B dependency:get -Dartifact="org.gaul:s3proxy:$VERSION:jar:jar-with-dependencies" -Dtransitive=false >&2
fi

mkdir -p "$DATA/blobs"
cat >"$DATA/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$IDENTITY
s3proxy.credential=$CREDENTIAL
s3proxy.cors-allow-all=true
s3proxy.cors-exposed-headers=ETag
jclouds.provider=filesystem
jclouds.filesystem.basedir=$DATA/blobs
CONF
LOG="$DATA/s3proxy.log"
nohup java -Xms64m -Xmx384m -jar "$JAR" --properties "$DATA/s3proxy.conf" >"$LOG" 2>&1 &
echo $! >"$DATA/s3proxy.pid"

for _ in $(seq 1 "$TIMEOUT"); do
  if answering; then print_env; exit 0; fi
  if ! kill -0 "$(cat "$DATA/s3proxy.pid")" 2>/dev/null; then
    echo "S3Proxy exited before it was ready; last lines of $LOG:" >&2; tail -n 30 "$LOG" >&2; exit 1
  fi
  sleep 1
done
echo "S3Proxy did not answer on 127.0.0.1:$PORT within ${TIMEOUT}s; last lines of $LOG:" >&2
tail -n 30 "$LOG" >&2
kill "$(cat "$DATA/s3proxy.pid")" 2>/dev/null || true
exit 1
