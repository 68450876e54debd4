#!/usr/bin/env bash
# Runs the local stack (Kafka KRaft + PostgreSQL) in the foreground; Ctrl-C stops it and removes its data.
# Build once first:  ./mvnw -q -pl local-stack install -DskipTests
# Ports: LOCAL_STACK_KAFKA_PORT (9092), LOCAL_STACK_KAFKA_CONTROLLER_PORT (Kafka port + 1000), LOCAL_STACK_PG_PORT (5433).
# Extra arguments go to the launcher (e.g. --exit-on-stdin-close).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
classes="$here/target/classes"
if [[ ! -f "$classes/local-stack/classpath.txt" ]]; then
  echo "build local-stack first: ./mvnw -q -pl local-stack install -DskipTests" >&2
  exit 1
fi
exec java -Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -cp "$classes:$(cat "$classes/local-stack/classpath.txt")" \
  nl.inburgering.localstack.LocalStack "$@"
