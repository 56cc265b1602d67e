#!/usr/bin/env bash
# Sets up what is missing, then serves the release build at http://127.0.0.1:8080
set -euo pipefail
source "$(dirname "$0")/setup.sh"
setup_build
cd "$ROOT"
say "Serving the release build at http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve --release --address 127.0.0.1 --port 8080
