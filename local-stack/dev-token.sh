#!/usr/bin/env bash
# Prints a DEV-ONLY bearer token, e.g.:  local-stack/dev-token.sh --role municipality-officer --municipality GM0363
#   curl -H "Authorization: Bearer $(local-stack/dev-token.sh --role duo)" http://localhost:8081/v1/...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
classes="$here/target/classes"
if [[ ! -f "$classes/local-stack/classpath.txt" ]]; then
  echo "build local-stack first: ./mvnw -q -pl local-stack install -DskipTests" >&2
  exit 1
fi
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -cp "$classes:$(cat "$classes/local-stack/classpath.txt")" nl.inburgering.localstack.DevTokenTool "$@"
