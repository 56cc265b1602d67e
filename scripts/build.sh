#!/usr/bin/env bash
# Builds the release app into dist/: the main bundle (index.html), the classroom bundle
# (classroom.html), the quiz a student's link opens (quiz.html) and the deck editor's
# (write.html), each with its own WebAssembly file, so that each page loads only its own.
# Expects the tools that scripts/setup.sh installs.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
trunk build index.html --release --minify
# Another bundle's page: index.html with its binary and title (written here, so the pages
# never drift), built apart and copied beside the main one.
build_page() { # page binary title
  local page=$1 bin=$2 title=$3 out="target/${1%.html}-dist"
  sed -e "s/data-bin=\"vigie\"/data-bin=\"$bin\"/" \
    -e "s#<title>Vigie</title>#<title>$title</title>#" index.html >"$page"
  rm -rf "$out"
  trunk build "$page" --release --minify --dist "$out"
  # trunk names every page it builds index.html.
  mv "$out/index.html" "$out/$page"
  cp "$out"/* dist/
}
build_page classroom.html vigie-classroom "Vigie · classe"
build_page quiz.html vigie-quiz "Vigie · quiz"
build_page write.html vigie-write "Vigie · écrire"
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
