#!/usr/bin/env bash
# Sets up what is missing, then serves the release build at http://127.0.0.1:8080
set -euo pipefail
source "$(dirname "$0")/setup.sh"
setup_build
cd "$ROOT"
say "Building the release app"
"$ROOT/scripts/build.sh"
say "Serving dist/ at http://127.0.0.1:8080, Brotli or gzip as the browser accepts (Ctrl+C stops)"
exec node scripts/static-server.mjs dist 8080
