#!/usr/bin/env bash
# Checks the plain Kubernetes manifests against the Kubernetes 1.30 API types without a cluster: every document of
# switchboard.yaml becomes a TypeScript object literal typed with the kubernetes-types package, and the TypeScript
# compiler refuses unknown fields, wrong types and missing required fields. Needs Node.js (npm) and the npm registry.
# The OpenLibertyApplication (a custom resource) is only parsed: its schema lives in the operator's CRD.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y > /dev/null
npm install --silent --no-audit --no-fund kubernetes-types@1.30.0 typescript@5 yaml@2 > /dev/null
cat > generate.mjs <<'JS'
import { readFileSync, writeFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
const types = { ConfigMap: 'core/v1', Service: 'core/v1', StatefulSet: 'apps/v1', PodDisruptionBudget: 'policy/v1' };
const [manifests, crd] = process.argv.slice(2);
const docs = parseAllDocuments(readFileSync(manifests, 'utf8')).map(d => d.toJS()).filter(Boolean);
const lines = Object.entries(types).map(([t, m]) => `import type { ${t} } from 'kubernetes-types/${m}';`);
docs.forEach((d, i) => {
  if (!types[d.kind]) throw new Error(`no type for kind ${d.kind}`);
  lines.push(`export const doc${i}: ${d.kind} = ${JSON.stringify(d, null, 1)};`);
});
writeFileSync('check.ts', lines.join('\n') + '\n');
const app = parseAllDocuments(readFileSync(crd, 'utf8')).map(d => d.toJS()).filter(Boolean);
if (app.length !== 1 || app[0].kind !== 'OpenLibertyApplication') throw new Error('expected one OpenLibertyApplication');
console.log(`${docs.length} documents typed: ${docs.map(d => d.kind).join(', ')}; OpenLibertyApplication parsed`);
JS
node generate.mjs "$here/switchboard.yaml" "$here/openlibertyapplication.yaml"
npx tsc --strict --noEmit check.ts
echo "switchboard.yaml conforms to the Kubernetes 1.30 API types"
