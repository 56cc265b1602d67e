#!/usr/bin/env bash
# Sets up what is missing, then serves the release build at http://127.0.0.1:8080
set -euo pipefail
source "$(dirname "$0")/setup.sh"
setup_build
cd "$ROOT"
say "Building the release app"
"$ROOT/scripts/build.sh"
say "Serving dist/ at http://127.0.0.1:8080 (Ctrl+C stops)"
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory dist
