#!/usr/bin/env python3
"""Offline checks of the Kubernetes manifests in deploy/k8s/ (no cluster needed).

1. Every YAML document parses and has apiVersion, kind and metadata.name.
2. Every Kubernetes object matches the API's schema strictly: each field name exists at its place and
   has the right type, and required fields are present (models of the official Python client; needs
   python3-yaml, and python3-kubernetes for this step: apt-get install -y python3-yaml python3-kubernetes).
3. The pieces fit together: selectors match pod labels, Service target ports exist, the ConfigMap and
   Secrets referenced exist (Secrets in secrets/secrets.template.yaml), HTTP_PORT equals the container
   port, everything is in namespace wi2021, kustomization.yaml lists every manifest but the Secrets.

Exit code 0 when all holds; prints one line per document and each problem found.
"""
import glob
import os
import re
import sys

import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "k8s")
NAMESPACE = "wi2021"
problems = []


def problem(where, text):
    problems.append(f"{where}: {text}")


def load_documents():
    docs = []
    for path in sorted(glob.glob(os.path.join(ROOT, "**", "*.yaml"), recursive=True)):
        rel = os.path.relpath(path, os.path.dirname(ROOT))
        with open(path, encoding="utf-8") as f:
            for i, doc in enumerate(yaml.safe_load_all(f)):
                if doc is None:
                    continue
                where = f"{rel}#{i}"
                if not isinstance(doc, dict):
                    problem(where, "not a mapping")
                    continue
                name = (doc.get("metadata") or {}).get("name")
                for key, value in (("apiVersion", doc.get("apiVersion")), ("kind", doc.get("kind")),
                                   ("metadata.name", name)):
                    if not value:
                        problem(where, f"missing {key}")
                docs.append((rel, where, doc))
    return docs


# ---------------------------------------------------------------------------------------------------
# 2. strict schema check against the official client's models
MODELS = {
    ("v1", "Namespace"): "V1Namespace",
    ("v1", "ConfigMap"): "V1ConfigMap",
    ("v1", "Secret"): "V1Secret",
    ("v1", "Service"): "V1Service",
    ("apps/v1", "Deployment"): "V1Deployment",
    ("policy/v1", "PodDisruptionBudget"): "V1PodDisruptionBudget",
}
PRIMITIVES = {"str": str, "int": int, "bool": bool, "float": (int, float)}


def check_type(where, value, type_name, models):
    if type_name == "object":  # IntOrString, quantities given as objects, free-form
        return
    m = re.fullmatch(r"list\[(.+)\]", type_name)
    if m:
        if not isinstance(value, list):
            problem(where, f"expected a list, got {type(value).__name__}")
            return
        for i, item in enumerate(value):
            check_type(f"{where}[{i}]", item, m.group(1), models)
        return
    m = re.fullmatch(r"dict\(str, (.+)\)", type_name)
    if m:
        if not isinstance(value, dict):
            problem(where, f"expected a mapping, got {type(value).__name__}")
            return
        for k, v in value.items():
            check_type(f"{where}.{k}", v, m.group(1), models)
        return
    if type_name in PRIMITIVES:
        expected = PRIMITIVES[type_name]
        if isinstance(value, bool) and type_name != "bool" or not isinstance(value, expected):
            problem(where, f"expected {type_name}, got {type(value).__name__} ({value!r})")
        return
    if type_name == "datetime":
        return
    cls = getattr(models, type_name, None)
    if cls is None:
        problem(where, f"unknown model {type_name}")
        return
    if not isinstance(value, dict):
        problem(where, f"expected a {type_name} mapping, got {type(value).__name__}")
        return
    by_json = {json: py for py, json in cls.attribute_map.items()}
    for key, item in value.items():
        if key not in by_json:
            problem(where, f"unknown field '{key}' in {type_name}")
            continue
        check_type(f"{where}.{key}", item, cls.openapi_types[by_json[key]], models)


def schema_check(docs):
    try:
        from kubernetes import client
    except ImportError:
        print("SKIP schema check: python3-kubernetes is not installed")
        return
    api = client.ApiClient()
    for _, where, doc in docs:
        model = MODELS.get((doc.get("apiVersion"), doc.get("kind")))
        if model is None:
            if doc.get("kind") != "Kustomization":
                problem(where, f"no schema known for {doc.get('apiVersion')} {doc.get('kind')}")
            continue
        check_type(where, doc, model, client.models)
        try:  # the models' setters enforce required fields and enums
            api._ApiClient__deserialize(doc, model)
        except (ValueError, TypeError) as e:
            problem(where, f"{model}: {e}")


# ---------------------------------------------------------------------------------------------------
# 3. consistency
def consistency_check(docs):
    by_kind = {}
    for rel, where, doc in docs:
        by_kind.setdefault(doc.get("kind"), []).append((rel, where, doc))
        meta = doc.get("metadata") or {}
        if doc.get("kind") not in ("Namespace", "Kustomization") and meta.get("namespace") != NAMESPACE:
            problem(where, f"namespace is {meta.get('namespace')!r}, expected {NAMESPACE!r}")
    configmaps = {d["metadata"]["name"] for _, _, d in by_kind.get("ConfigMap", [])}
    secrets = {d["metadata"]["name"]: d for _, _, d in by_kind.get("Secret", [])}
    for rel, _, _ in by_kind.get("Secret", []):
        if not rel.startswith(os.path.join("k8s", "secrets") + os.sep):
            problem(rel, "a Secret outside k8s/secrets/ (only templates belong in the repository)")
    pod_labels = {}
    for _, where, d in by_kind.get("Deployment", []):
        name = d["metadata"]["name"]
        spec = d["spec"]
        labels = spec["template"]["metadata"].get("labels", {})
        pod_labels[name] = labels
        for k, v in spec["selector"]["matchLabels"].items():
            if labels.get(k) != v:
                problem(where, f"selector {k}={v} does not match the pod labels")
        pod = spec["template"]["spec"]
        for c in pod["containers"]:
            ports = {p.get("name"): p["containerPort"] for p in c.get("ports", [])}
            env = {e["name"]: e for e in c.get("env", [])}
            if "HTTP_PORT" in env and str(ports.get("http")) != env["HTTP_PORT"].get("value"):
                problem(where, f"HTTP_PORT {env['HTTP_PORT'].get('value')} != containerPort {ports.get('http')}")
            ann = spec["template"]["metadata"].get("annotations", {})
            if ann.get("prometheus.io/port") not in (None, str(ports.get("http"))):
                problem(where, "prometheus.io/port differs from the http port")
            for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
                p = c.get(probe)
                if not p:
                    problem(where, f"{c['name']} has no {probe}")
                    continue
                get = p.get("httpGet", {})
                if not str(get.get("path", "")).startswith("/q/health/"):
                    problem(where, f"{probe} path {get.get('path')!r} is not under /q/health/")
                if get.get("port") not in ports and get.get("port") not in ports.values():
                    problem(where, f"{probe} port {get.get('port')!r} is not a container port")
            res = c.get("resources", {})
            if not res.get("requests") or not res.get("limits"):
                problem(where, f"{c['name']} lacks resource requests or limits")
            for src in c.get("envFrom", []):
                if "configMapRef" in src and src["configMapRef"]["name"] not in configmaps:
                    problem(where, f"ConfigMap {src['configMapRef']['name']} not defined")
                if "secretRef" in src and src["secretRef"]["name"] not in secrets:
                    problem(where, f"Secret {src['secretRef']['name']} not in the template")
            for e in env.values():
                ref = (e.get("valueFrom") or {}).get("secretKeyRef")
                if ref:
                    s = secrets.get(ref["name"])
                    if s is None:
                        problem(where, f"Secret {ref['name']} not in the template")
                    elif ref["key"] not in (s.get("stringData") or {}) and ref["key"] not in (s.get("data") or {}):
                        problem(where, f"Secret {ref['name']} has no key {ref['key']}")
        for v in pod.get("volumes", []):
            if "secret" in v and v["secret"]["secretName"] not in secrets:
                problem(where, f"Secret {v['secret']['secretName']} (volume) not in the template")
    for _, where, d in by_kind.get("Service", []) + by_kind.get("PodDisruptionBudget", []):
        selector = d["spec"]["selector"]
        selector = selector.get("matchLabels", selector) if d["kind"] == "PodDisruptionBudget" else selector
        if not any(all(l.get(k) == v for k, v in selector.items()) for l in pod_labels.values()):
            problem(where, f"selector {selector} matches no Deployment's pods")
    kustomizations = by_kind.get("Kustomization", [])
    if kustomizations:
        listed = set(kustomizations[0][2].get("resources", []))
        present = {os.path.relpath(os.path.join(os.path.dirname(ROOT), rel), ROOT)
                   for rel, _, d in docs if d.get("kind") not in ("Kustomization", "Secret")}
        for missing in sorted(present - listed):
            problem("k8s/kustomization.yaml", f"does not list {missing}")
        for extra in sorted(listed - present):
            problem("k8s/kustomization.yaml", f"lists {extra}, which does not exist")


def main():
    docs = load_documents()
    for _, where, doc in docs:
        print(f"{where}: {doc.get('apiVersion')} {doc.get('kind')} {(doc.get('metadata') or {}).get('name')}")
    schema_check(docs)
    consistency_check(docs)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(docs)} documents, {len(problems)} problems")
    return 1 if problems or not docs else 0


if __name__ == "__main__":
    sys.exit(main())
