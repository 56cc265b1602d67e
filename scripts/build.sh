#!/usr/bin/env bash
# Builds the release app into dist/: the main bundle (index.html) and the classroom bundle
# (classroom.html), each with its own WebAssembly file, so that the first load carries only
# the main one. Expects the tools that scripts/setup.sh installs.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
trunk build index.html --release
rm -rf target/classroom-dist
trunk build classroom.html --release --dist target/classroom-dist
# trunk names every page it builds index.html.
mv target/classroom-dist/index.html target/classroom-dist/classroom.html
cp target/classroom-dist/* dist/
