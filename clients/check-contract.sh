#!/bin/sh
# The API contract's checks, run by Maven (clients/pom.xml, phase test): Spectral and Redocly lint openapi.yaml, where a
# warning fails like an error, and the TypeScript compiler checks the client generated from it.
# Usage: check-contract.sh OPENAPI_FILE (after generate-sources, which writes the TypeScript client under target/)
set -eu
openapi=$1
if ! command -v npm >/dev/null 2>&1 || ! node -e 'process.exit(process.versions.node.split(".")[0] >= 20 ? 0 : 1)' 2>/dev/null; then
  echo "The API contract checks need Node.js 20 or later with npm on the PATH (e.g. apt-get install nodejs npm); -DskipTests builds without them." >&2
  exit 1
fi

cd "$(dirname "$0")"

# npm ci only when the lock file changed since the last install: a few seconds instead of half a minute.
if [ ! node_modules/.package-lock.json -nt package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "Spectral (spectral:oas) on $openapi"
npx --no-install spectral lint "$openapi" --ruleset .spectral.yaml --fail-severity=warn --display-only-failures

echo "Redocly (recommended) on $openapi"
# Redocly fails only on errors; its JSON totals let a warning fail too. No telemetry or update check: CI is offline.
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  npx --no-install redocly lint "$openapi" --config redocly.yaml --format=json --max-problems 1000 \
  > target/redocly.json 2> target/redocly.log || true
[ -s target/redocly.json ] || { cat target/redocly.log >&2; exit 1; }
node -e '
const report = require(process.argv[1]);
for (const p of report.problems) {
  const at = p.location[0];
  console.log(`${at.source.ref}:${at.start ? at.start.line + ":" + at.start.col : at.pointer} ${p.severity} ${p.ruleId} ${p.message}`);
}
console.log(`Redocly: ${report.totals.errors} errors, ${report.totals.warnings} warnings`);
process.exit(report.totals.errors + report.totals.warnings > 0 ? 1 : 0);
' "$PWD/target/redocly.json"

echo "TypeScript compiler on the typescript-fetch client in target/generated-sources/typescript-client"
npx --no-install tsc --project tsconfig.json
