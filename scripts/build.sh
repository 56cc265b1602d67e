#!/usr/bin/env bash
# Builds the release app into dist/: the main bundle (index.html), the classroom bundle
# (classroom.html) and the deck editor's (write.html), each with its own WebAssembly file, so
# that the first load carries only the main one. Expects the tools that scripts/setup.sh
# installs.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
trunk build index.html --release --minify
# The classroom page is index.html with the other binary: written here, so the two never drift.
sed -e 's/data-bin="vigie"/data-bin="vigie-classroom"/' \
  -e 's#<title>Vigie</title>#<title>Vigie · classe</title>#' index.html >classroom.html
rm -rf target/classroom-dist
trunk build classroom.html --release --minify --dist target/classroom-dist
# trunk names every page it builds index.html.
mv target/classroom-dist/index.html target/classroom-dist/classroom.html
cp target/classroom-dist/* dist/
sed -e 's/data-bin="vigie"/data-bin="vigie-write"/' \
  -e 's#<title>Vigie</title>#<title>Vigie · écrire</title>#' index.html >write.html
rm -rf target/write-dist
trunk build write.html --release --minify --dist target/write-dist
mv target/write-dist/index.html target/write-dist/write.html
cp target/write-dist/* dist/
cp public/boot.js dist/
# JavaScript minified; trunk's inline start script moved to a file for the Content Security
# Policy (no inline script); integrity hashes updated.
python3 scripts/finish_build.py dist
# Offline: the manifest, icons and a service worker that caches every file of this build.
cp public/manifest.webmanifest public/icon.svg public/icon-maskable.svg dist/
assets=$(cd dist && find . -type f ! -name sw.js ! -name '*.br' ! -name '*.gz' | sed 's#^\./#./#' | sort)
version=$(cd dist && cat $assets | sha256sum | cut -c1-16)
list=$(printf '%s\n' "./" $assets | sed 's/.*/"&"/' | paste -sd, -)
sed -e "s#__VERSION__#$version#" -e "s#__ASSETS__#[$list]#" public/sw.js > dist/sw.js
# Brotli and gzip copies beside each file, for a static host to serve (after the service
# worker's list, which names the files themselves: the browser decodes what it is sent).
node scripts/compress.mjs dist
