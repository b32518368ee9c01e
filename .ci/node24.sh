# Sourced by .ci/run: the whole suite again on Node 24, the LTS production runs (render.yaml,
# .nvmrc), while this machine's own Node (20.19+) is the development floor.
#
# The npm package `node@24` ships the binary and its headers, so nothing outside the npm registry
# is needed. The suite runs in a clone of its own so that native modules (better-sqlite3) are built
# for Node 24's ABI without touching the first run's node_modules.

# Installs Node 24 from npm into $1; prints the directory holding bin/node and include/node.
install_node24() {
  local prefix="$1"
  mkdir -p "$prefix"
  # --prefix also moves npm's global config ($prefix/etc/npmrc), which may be where this machine sets its
  # cafile or registry: keep the one npm reads without it.
  local globalconfig
  globalconfig="$(npm config get globalconfig 2>/dev/null)"
  npm install --prefix "$prefix" ${globalconfig:+--globalconfig "$globalconfig"} --no-save --no-audit --no-fund --loglevel=error node@24 >&2 || return 1
  local include
  include="$(dirname "$(dirname "$(find "$prefix/node_modules" -path '*/include/node/node_api.h' | head -n 1)")")"
  [ -x "$prefix/node_modules/node/bin/node" ] && [ -d "$include/node" ] || return 1
  # node-gyp wants the directory that contains include/node.
  dirname "$include"
}

# Runs `npm ci && npm test` under Node 24 in a clone of HEAD; the output goes to $1.
run_suite_on_node24() {
  local output="$1" work prefix nodedir
  work="$(mktemp -d "${TMPDIR:-/tmp}/katagen-node24-XXXXXX")"
  prefix="$work/runtime"
  if ! nodedir="$(install_node24 "$prefix")"; then
    echo "[ci] WARNING: could not install node@24 from npm; the Node 24 run is counted as failed" >"$output"
    echo "0 passed, 1 failed" >>"$output"
    return 1
  fi
  mkdir -p "$work/bin"
  ln -sf "$prefix/node_modules/node/bin/node" "$work/bin/node"
  git clone --quiet --no-hardlinks "$PWD" "$work/repo"
  (
    cd "$work/repo" &&
      export PATH="$work/bin:$PATH" npm_config_nodedir="$nodedir" &&
      echo "[ci] $(node --version) from npm, headers in $nodedir" &&
      npm ci --no-audit --no-fund &&
      npm test
  ) 2>&1 | tee "$output"
  local status=${PIPESTATUS[0]}
  rm -rf "$work"
  return "$status"
}
