# Sourced by scripts/serve.sh and scripts/test.sh: installs what Vigie needs, from the package
# registries only, skipping what is already there at the right version. Safe to run again.
#   setup_build      Rust wasm32 target, trunk, wasm-bindgen-cli (= Cargo.lock), npm tools
#   setup_reference  Python checkers: py-fsrs, Anki's engine, openpyxl, lxml
#   setup_browser    Debian's chromium and chromium-driver (for the tests)

TRUNK_VERSION="0.21.14"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }

# The package managers' own output goes to this log; on a failure its last lines are shown.
SETUP_LOG="$ROOT/target/setup.log"
quietly() {
  mkdir -p "$(dirname "$SETUP_LOG")"
  echo "\$ $*" >>"$SETUP_LOG"
  if ! "$@" >>"$SETUP_LOG" 2>&1; then
    echo "    failed: $*; last lines of $SETUP_LOG:"
    tail -n 20 "$SETUP_LOG" | sed 's/^/    | /'
    return 1
  fi
}

# The wasm-bindgen version Cargo.lock pins: the CLI must be exactly this one.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

setup_build() {
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "Rust target wasm32-unknown-unknown: present"
  else
    say "Rust target wasm32-unknown-unknown: adding"
    quietly rustup target add wasm32-unknown-unknown || return 1
  fi

  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
    say "trunk $TRUNK_VERSION: present"
  else
    say "trunk $TRUNK_VERSION: installing with cargo (about 6 minutes, once)"
    quietly cargo install trunk --version "$TRUNK_VERSION" --locked || return 1
  fi

  local wb
  wb="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wb" ] &&
     [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $wb" ]; then
    say "wasm-bindgen-cli $wb: present"
  else
    say "wasm-bindgen-cli $wb: installing with cargo (about 2 minutes, once)"
    # --locked can fail when the registry mirror lacks a dependency's newest version.
    quietly cargo install wasm-bindgen-cli --version "$wb" --locked --force ||
      quietly cargo install wasm-bindgen-cli --version "$wb" --force || return 1
  fi

  if [ -f "$ROOT/node_modules/.package-lock.json" ] &&
     [ ! "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "npm tools (binaryen, terser, playwright-core, axe-core, gift-pegjs, jsqr, pngjs): present"
  else
    say "npm tools (binaryen, terser, playwright-core, axe-core, gift-pegjs, jsqr, pngjs): installing"
    quietly npm ci --prefix "$ROOT" --no-audit --no-fund || return 1
  fi
}

# The reference FSRS implementation (py-fsrs) and the export checkers (Anki's own engine,
# openpyxl, lxml), in one virtual environment.
PY_FSRS_VERSION="6.3.2"
REFERENCE_VENV="$ROOT/target/reference-venv"
REFERENCE_PACKAGES=("fsrs==$PY_FSRS_VERSION" "anki==26.9.3" "openpyxl==3.1.5" "lxml==6.1.3")
setup_reference() {
  local wanted
  wanted="$(printf '%s\n' "${REFERENCE_PACKAGES[@]}")"
  if "$REFERENCE_VENV/bin/python" -c "
import importlib.metadata as m, sys
sys.exit(any(m.version(n) != v for n, v in (l.split('==') for l in sys.argv[1].split())))
" "$wanted" 2>/dev/null; then
    say "Python checkers (py-fsrs, anki, openpyxl, lxml): present"
  else
    say "Python checkers (py-fsrs, anki, openpyxl, lxml): installing in a virtual environment"
    quietly python3 -m venv "$REFERENCE_VENV" &&
      quietly "$REFERENCE_VENV/bin/pip" install --disable-pip-version-check "${REFERENCE_PACKAGES[@]}" || return 1
  fi
}

setup_browser() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "chromium and chromedriver: present"
    return 0
  fi
  say "chromium and chromedriver: installing Debian packages"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  quietly $sudo apt-get update || return 1
  quietly env DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver || return 1
}
