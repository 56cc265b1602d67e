"""Finishes a release build in dist/ (run by scripts/build.sh after trunk):

1. minifies the JavaScript (wasm-bindgen's glue and boot.js) with terser, which trunk's own
   minifier cannot parse (first load: about 2 kB gzip less);
2. moves trunk's inline start script of each page into a file beside it, so that the pages'
   Content Security Policy (script-src 'self' 'wasm-unsafe-eval', no inline script) holds;
3. writes the Subresource Integrity hashes of the files it changed into the pages.

Fails if a page is left with an inline script or without its policy.
Usage: finish_build.py DIST_DIR"""

import base64
import glob
import hashlib
import os
import re
import subprocess
import sys

dist = sys.argv[1]
terser = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "node_modules", ".bin", "terser")

for js in sorted(glob.glob(os.path.join(dist, "*.js"))):
    name = os.path.basename(js)
    if name == "sw.js" or name.startswith("start-"):
        continue
    module = [] if name == "boot.js" else ["--module"]
    subprocess.run([terser, js, *module, "--compress", "--mangle", "-o", js], check=True)

INLINE = re.compile(r"<script type=\"?module\"?>(.*?)</script>", re.S)
ANY_INLINE = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.S)
INTEGRITY = re.compile(r"href=\"?\./([^\s\">]+)\"?([^>]*?)integrity=\"?sha384-[A-Za-z0-9+/=]+\"?")


def sri(path):
    with open(path, "rb") as f:
        return "sha384-" + base64.b64encode(hashlib.sha384(f.read()).digest()).decode()


for page in (os.path.join(dist, p) for p in ("index.html", "classroom.html", "quiz.html", "write.html")):
    with open(page, encoding="utf-8") as f:
        html = f.read()
    match = INLINE.search(html)
    if not match:
        sys.exit(f"{page}: no inline start script found (has trunk's output changed?)")
    code = match.group(1)
    name = f"start-{hashlib.sha256(code.encode()).hexdigest()[:16]}.js"
    with open(os.path.join(dist, name), "w", encoding="utf-8") as f:
        f.write(code)
    html = html[: match.start()] + f"<script type=module src=./{name}></script>" + html[match.end():]
    html = INTEGRITY.sub(lambda m: f"href=./{m.group(1)}{m.group(2)}integrity={sri(os.path.join(dist, m.group(1)))}", html)
    if ANY_INLINE.search(html):
        sys.exit(f"{page}: an inline script is left: {ANY_INLINE.search(html).group(0)}")
    if "Content-Security-Policy" not in html:
        sys.exit(f"{page}: no Content-Security-Policy")
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"{page}: JavaScript minified, start script in {name}, integrity hashes updated")
