#!/bin/bash
# Container health check for docker compose: exits 0 when GET <path> (default /q/health/ready) on this
# service's HTTP_PORT answers 200. Uses only bash (/dev/tcp), no curl needed in the image.
#   healthcheck.sh [/q/health/live|/q/health/ready]
path=${1:-/q/health/ready}
port=${HTTP_PORT:-}
if [ -z "$port" ]; then
  case "${APP_SERVICE:-}" in
    pip-service) port=8081 ;;
    exam-service) port=8082 ;;
    map-service) port=8083 ;;
    pvt-service) port=8084 ;;
    deadline-service) port=8085 ;;
    *) echo "healthcheck: set HTTP_PORT" >&2; exit 1 ;;
  esac
fi
exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS=' ' read -r -t 5 _ status _ <&3 || exit 1
exec 3<&- 3>&-
[ "$status" = 200 ]
