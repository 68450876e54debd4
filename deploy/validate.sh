#!/usr/bin/env bash
# Checks docker-compose.yml and deploy/k8s/ without a Docker engine or a cluster. Needs (Debian):
#   apt-get install -y --no-install-recommends docker-compose python3-yaml python3-kubernetes
# docker-compose 1.29 validates the compose file offline (local-infra.md pitfall 7); the Kubernetes
# manifests are checked by deploy/validate_k8s.py (schema and consistency), and, when kubectl is
# there, rendered with its built-in kustomize.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== docker-compose config -q"
docker-compose -f docker-compose.yml config -q
echo "ok"

echo "== deploy/validate_k8s.py"
# Debian's python3-kubernetes lives in the system interpreter, not in a pyenv/venv one.
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
"$PY" deploy/validate_k8s.py

if command -v kubectl >/dev/null 2>&1; then
  echo "== kubectl kustomize deploy/k8s"
  kubectl kustomize deploy/k8s >/dev/null
  echo "ok"
fi
