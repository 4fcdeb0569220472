#!/usr/bin/env bash
# Renders every overlay (environments and sites) with `kubectl kustomize` and validates each
# resource offline (validate/lib.mjs): Kubernetes' API schemas, the CRD schemas of Traefik,
# cert-manager, the Prometheus Operator and CloudNativePG, house rules, and the PromQL of alerts
# and dashboards against the metrics the code exports. Then the check's own tests (a deliberately
# wrong object of each kind must fail) and the alerts' unit tests (promtool). CI runs it.
set -euo pipefail
cd "$(dirname "$0")"

# Installs Debian packages; apt waits up to 10 min for another apt or dpkg (a second check, an install by
# hand) instead of failing at once.
apt_install() {
  (apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@") >&2
}

# kubectl with its built-in kustomize: the machine's, else Debian's kubernetes-client package.
if ! kubectl kustomize --help >/dev/null 2>&1; then
  echo "k8s: installing Debian's kubernetes-client (kubectl)" >&2
  apt_install kubernetes-client
fi

# promtool, for the alerts' unit tests: Debian's prometheus package (its service is not started here).
if ! command -v promtool >/dev/null 2>&1; then
  echo "k8s: installing Debian's prometheus (promtool)" >&2
  apt_install --no-install-recommends prometheus
fi

# The validator's own dependencies (pinned in validate/package-lock.json; no install scripts).
if [ ! -d validate/node_modules/@prometheus-io/lezer-promql ] || [ validate/package-lock.json -nt validate/node_modules/.package-lock.json ]; then
  npm ci --prefix validate --no-audit --no-fund --ignore-scripts --loglevel=error >&2
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for overlay in overlays/* sites/*; do
  file="$out/${overlay//\//-}.yaml"
  # kustomize v5 warns about the v2-compatible fields (bases, commonLabels, patchesStrategicMerge)
  # kept so that Debian's older kubectl renders the same overlays.
  if ! kubectl kustomize "$overlay" >"$file" 2>"$out/err"; then
    grep -v '^# Warning' "$out/err" >&2 || true
    echo "✗ $overlay does not render" >&2
    exit 1
  fi
done
# ArgoCD (k8s/argocd): rendered, and checked against the overlays and sites it deploys (argocd/check.mjs).
kubectl kustomize argocd >"$out/argocd.rendered" && node argocd/check.mjs "$out/argocd.rendered"
(cd "$out" && node "$OLDPWD/validate/validate.mjs" ./*.yaml)
node --test validate/

# The alerts' unit tests (monitoring/tests): promtool on the PrometheusRule's groups, without the
# annotations (their templates are parsed by `promtool check rules`, the tests compare labels).
mkdir "$out/rules"
node --input-type=module -e "
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from '$PWD/validate/node_modules/yaml/dist/index.js';
const spec = parse(readFileSync('monitoring/rules.yaml', 'utf8')).spec;
writeFileSync('$out/rules/checked.yaml', stringify(spec));
for (const group of spec.groups) for (const rule of group.rules) delete rule.annotations;
writeFileSync('$out/rules/rules.yaml', stringify(spec));
"
promtool check rules "$out/rules/checked.yaml"
cp monitoring/tests/*.test.yaml "$out/rules/"
(cd "$out/rules" && promtool test rules ./*.test.yaml)
