#!/usr/bin/env bash
# Installs the test host: a real VS Code (code-server, which ships the VS Code
# workbench and Node extension host) into a cache directory, plus the Debian
# packages it and headless chromium need. For machines that reach only the npm
# registry and Debian packages; playwright-core comes from the project's own
# devDependencies. Idempotent: a second run with everything in place is a no-op.
#
#   bash install.sh                     # installs into ~/.cache/retro-coach/vscode-host
#   VSCODE_HOST_DIR=/some/dir bash install.sh
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"   # ships VS Code 1.100.3
DIR="${VSCODE_HOST_DIR:-$HOME/.cache/retro-coach/vscode-host}"
APT_PACKAGES=(libkrb5-dev ripgrep chromium fonts-dejavu-core python3 make g++)
# Known values for code-server 4.100.3; re-derived from the packages below when possible.
KNOWN_RG_PKG_VERSION="1.15.11"
KNOWN_RG_VERSION="v13.0.0-10"

STAMP="$DIR/.vscode-host-installed"
WANT_STAMP="code-server=$CODE_SERVER_VERSION"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
VSCODE_NM="$DIR/node_modules/code-server/lib/vscode/node_modules"

log() { printf '[vscode-host] %s\n' "$*" >&2; }
die() { printf '[vscode-host] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root (or sudo) to run: $*"
  fi
}

# ---------------------------------------------------------------- apt packages
ensure_apt_packages() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = 'install ok installed' ] || missing+=("$p")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when they are absent or don't know a package.
  local need_update=0
  for p in "${missing[@]}"; do
    grep -q 'Candidate: [0-9]' <<<"$(apt-cache policy "$p" 2>/dev/null || true)" || need_update=1
  done
  [ "$need_update" = 1 ] && as_root apt-get update -q
  if ! as_root apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    # Stale lists point at versions that are gone from the mirror: refresh once, retry.
    as_root apt-get update -q
    as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

# ---------------------------------------------------------------- checks
installed_ok() {
  [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT_STAMP" ] &&
    [ -f "$ENTRY" ] &&
    [ -x "$VSCODE_NM/@vscode/ripgrep/bin/rg" ] &&
    ls "$VSCODE_NM"/node-pty/build/Release/*.node >/dev/null 2>&1
}

final_line() {
  echo "vscode-host ready: entry=$ENTRY chromium=$(command -v chromium)"
}

ensure_apt_packages
command -v node >/dev/null || die "node is not on PATH (code-server $CODE_SERVER_VERSION needs Node 20)"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = 20 ] || log "WARNING: code-server $CODE_SERVER_VERSION supports Node 20 only; found $(node -v)"

if installed_ok; then
  log "already installed in $DIR ($WANT_STAMP)"
  final_line
  exit 0
fi

# ---------------------------------------------------------------- npm install
START=$(date +%s)
mkdir -p "$DIR"
rm -f "$STAMP"
WORK_TMP="$(mktemp -d "${TMPDIR:-/tmp}/vscode-host-install.XXXXXX")"
trap 'rm -rf "$WORK_TMP"' EXIT

# @vscode/ripgrep's postinstall downloads an rg binary from GitHub unless it finds
# one in its cache dir, $TMPDIR/vscode-ripgrep-cache-<pkg version>/. Find the
# versions code-server pins and seed that cache with Debian's rg.
RG_PKG_VERSION="" RG_VERSION=""
if (cd "$WORK_TMP" && npm pack --silent "code-server@$CODE_SERVER_VERSION" >/dev/null 2>&1 &&
    tar xzf "code-server-$CODE_SERVER_VERSION.tgz" package/lib/vscode/npm-shrinkwrap.json); then
  RG_PKG_VERSION="$(node -p 'require(process.argv[1]).packages["node_modules/@vscode/ripgrep"].version' \
    "$WORK_TMP/package/lib/vscode/npm-shrinkwrap.json" 2>/dev/null || true)"
fi
if [ -n "$RG_PKG_VERSION" ] && (cd "$WORK_TMP" && npm pack --silent "@vscode/ripgrep@$RG_PKG_VERSION" >/dev/null 2>&1 &&
    tar xzf "vscode-ripgrep-$RG_PKG_VERSION.tgz" package/lib/postinstall.js); then
  RG_VERSION="$(sed -n "s/^const VERSION = '\([^']*\)'.*/\1/p" "$WORK_TMP/package/lib/postinstall.js")"
fi
if [ -z "$RG_PKG_VERSION" ] || [ -z "$RG_VERSION" ]; then
  log "WARNING: could not read ripgrep versions from the packages; using known $KNOWN_RG_PKG_VERSION / $KNOWN_RG_VERSION"
  RG_PKG_VERSION="$KNOWN_RG_PKG_VERSION" RG_VERSION="$KNOWN_RG_VERSION"
fi
rm -rf "$WORK_TMP/package" "$WORK_TMP"/*.tgz
case "$(uname -m)" in
  x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
  aarch64 | arm64) RG_TARGET=aarch64-unknown-linux-musl ;;
  *) die "unsupported architecture $(uname -m)" ;;
esac
export TMPDIR="$WORK_TMP"   # the npm install below must see the same tmpdir
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
mkdir -p "$RG_CACHE/stage"
cp "$(command -v rg)" "$RG_CACHE/stage/rg"
tar czf "$RG_CACHE/ripgrep-$RG_VERSION-$RG_TARGET.tar.gz" -C "$RG_CACHE/stage" rg
log "seeded $RG_CACHE/ripgrep-$RG_VERSION-$RG_TARGET.tar.gz with $(command -v rg)"

# Native modules (node-pty, spdlog, kerberos, argon2, ...) build from source with
# node-gyp; point it at the local Node headers so it downloads nothing.
NODE_PREFIX="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ -f "$NODE_PREFIX/include/node/node.h" ]; then
  export npm_config_nodedir="$NODE_PREFIX"
else
  log "WARNING: no Node headers under $NODE_PREFIX/include/node; node-gyp may try to download them"
fi
export npm_config_unsafe_perm=true   # code-server's postinstall refuses to run as root without it
export npm_config_yes=true           # node-pty's install runs `npx node-gyp`
# npm 11 gates dependency install scripts behind "allowScripts" (a warning today, a
# block in future). Everything here is pinned and needs its native builds, so allow
# them, including in the nested `npm install` that code-server's postinstall runs.
export npm_config_dangerously_allow_all_scripts=true
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

[ -f "$DIR/package.json" ] || echo '{ "private": true, "description": "vscode-host cache" }' > "$DIR/package.json"
log "npm install code-server@$CODE_SERVER_VERSION into $DIR (about a minute)"
if ! npm install --prefix "$DIR" --save-exact \
     "code-server@$CODE_SERVER_VERSION" \
     > "$WORK_TMP/npm-install.log" 2>&1; then
  tail -n 60 "$WORK_TMP/npm-install.log" >&2
  cp "$WORK_TMP/npm-install.log" "$DIR/npm-install.log" 2>/dev/null || true
  die "npm install failed (full log: $DIR/npm-install.log)"
fi
cp "$WORK_TMP/npm-install.log" "$DIR/npm-install.log"

echo "$WANT_STAMP" > "$STAMP"
installed_ok || die "install finished but files are missing (see $DIR/npm-install.log)"
log "installed in $(( $(date +%s) - START ))s, $(du -sh "$DIR" | cut -f1) in $DIR"
final_line
