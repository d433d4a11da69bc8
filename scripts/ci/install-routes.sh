#!/usr/bin/env bash
# Every install route the docs promise, exercised from a clean clone of the current commit (run by .ci/run):
#   1. the tarball of `npm run build && npm pack`, installed into a fresh project with `npm install <tarball>` (no devDependencies,
#      no install scripts), then `npx arch-lint`;
#   2. `npm install -g --install-links git+file://<clone>#<commit>` and `npm install --save-dev git+file://…` (the
#      committed CLI bundle runs; nothing is built). Without --install-links, npm links a global install from git to
#      a temporary clone that it then deletes (any package with a `build` script);
#   3. the GitHub Action's install step (action.yml) run from the action's own checkout;
#   4. the pre-commit framework (`pre-commit run`) with the hook of .pre-commit-hooks.yaml on a temporary repository
#      with a staged direct call: it must fail (exit 1) and show the finding.
# Each scan is of a one-file workspace with a direct call to an internal host: arch-lint must exit 1 and name it.
# Needs git, npm (with access to the registry for the runtime dependencies) and pre-commit on PATH.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
commit="${ARCH_LINT_ROUTES_COMMIT:-$(git -C "$here" rev-parse HEAD)}" # a commit of this repository (default: HEAD)
work="$(mktemp -d "${TMPDIR:-/tmp}/arch-lint-install-routes.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_cache="$work/npm-cache"

step() { printf '\n--> %s\n' "$*"; }
fail() { printf 'install-routes: FAIL: %s\n' "$*" >&2; exit 1; }

# A workspace with one direct call (recommended preset: *.svc.cluster.local is internal).
workspace() {
  mkdir -p "$1"
  cat > "$1/orders.ts" <<'TS'
// A direct call to another service's backend: no-direct-integration.
export const orders = () => fetch('http://orders.orders.svc.cluster.local:8080/api/orders');
TS
}

# expect_finding <log> <exit code>: exit 1 and the finding in the output.
expect_finding() {
  local log="$1" code="$2"
  [ "$code" -eq 1 ] || { cat "$log"; fail "expected exit code 1, got $code"; }
  grep -q "orders.orders.svc.cluster.local" "$log" || { cat "$log"; fail "the finding is not in the output"; }
  grep -q "no-direct-integration" "$log" || { cat "$log"; fail "the rule id is not in the output"; }
}

step "clean clone of $commit"
git clone --quiet --no-checkout "$here" "$work/clone"
git -C "$work/clone" -c advice.detachedHead=false checkout --quiet "$commit"
[ -f "$work/clone/dist/bundle/main.js" ] || fail "dist/bundle/main.js is not committed"

step "1. npm run build, npm pack (as the release workflow does) and npm install <tarball> into a fresh project"
(cd "$work/clone" && npm ci --ignore-scripts --silent && npm run --silent build && npm pack --silent --pack-destination "$work" >/dev/null)
tarball="$(ls "$work"/arch-lint-*.tgz)"
mkdir -p "$work/project" && workspace "$work/project"
(cd "$work/project" && npm init -y >/dev/null && npm install --save-dev --ignore-scripts --silent "$tarball")
[ ! -e "$work/project/node_modules/typescript-eslint" ] || fail "devDependencies were installed with the tarball"
set +e; (cd "$work/project" && npx --no-install arch-lint --no-color) >"$work/pack.log" 2>&1; code=$?; set -e
expect_finding "$work/pack.log" "$code"
set +e; (cd "$work/project" && node --input-type=module -e "import { lint } from 'arch-lint'; const r = await lint({ cwd: process.cwd() }); process.exit(r.summary.errors === 1 ? 0 : 3)"); code=$?; set -e
[ "$code" -eq 0 ] || fail "the library API (import { lint } from 'arch-lint') did not work from the tarball"

step "2. npm install -g git+file:// and npm install --save-dev git+file:// (no build, no devDependencies needed)"
npm install --global --install-links --prefix "$work/global" --silent "git+file://$work/clone#$commit"
set +e; (cd "$work/project" && "$work/global/bin/arch-lint" --no-color) >"$work/git-global.log" 2>&1; code=$?; set -e
expect_finding "$work/git-global.log" "$code"
mkdir -p "$work/project-git" && workspace "$work/project-git"
(cd "$work/project-git" && npm init -y >/dev/null && npm install --save-dev --silent "git+file://$work/clone#$commit")
set +e; (cd "$work/project-git" && npx --no-install arch-lint --no-color) >"$work/git-dev.log" 2>&1; code=$?; set -e
expect_finding "$work/git-dev.log" "$code"

step "3. the GitHub Action's install step, from the action's own checkout"
action="$work/action" && git clone --quiet --no-checkout "$work/clone" "$action" && git -C "$action" -c advice.detachedHead=false checkout --quiet "$commit"
install_script="$(node --input-type=module -e "
  import { readFileSync } from 'node:fs';
  const { parse } = await import('$work/clone/node_modules/yaml/dist/index.js');
  const action = parse(readFileSync('$action/action.yml', 'utf8'));
  process.stdout.write(action.runs.steps.find((s) => s.name === 'Install arch-lint').run);
")"
: > "$work/github-env"
GITHUB_ACTION_PATH="$action" GITHUB_ENV="$work/github-env" bash -euo pipefail -c "$install_script" >/dev/null
bin="$(sed -n 's/^ARCH_LINT_BIN=//p' "$work/github-env")"
[ -n "$bin" ] || fail "the action's install step set no ARCH_LINT_BIN"
[ ! -e "$action/node_modules/vitest" ] || fail "the action installed devDependencies"
set +e; (cd "$work/project" && $bin --no-color) >"$work/action.log" 2>&1; code=$?; set -e
expect_finding "$work/action.log" "$code"

step "4. the pre-commit framework runs the hook on a staged direct call"
export PRE_COMMIT_HOME="$work/pre-commit-home"
repo="$work/repo" && mkdir -p "$repo" && git -C "$repo" init --quiet
git -C "$repo" config user.email ci@example.invalid && git -C "$repo" config user.name ci
cat > "$repo/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $work/clone
    rev: $commit
    hooks:
      - id: arch-lint
YAML
git -C "$repo" add .pre-commit-config.yaml && git -C "$repo" commit --quiet -m "pre-commit config"
workspace "$repo" && git -C "$repo" add orders.ts
set +e; (cd "$repo" && pre-commit run --color never) >"$work/pre-commit.log" 2>&1; code=$?; set -e
expect_finding "$work/pre-commit.log" "$code"
grep -q "arch-lint\.*Failed" "$work/pre-commit.log" || { cat "$work/pre-commit.log"; fail "pre-commit did not report the hook as failed"; }
# And a clean staged change passes.
git -C "$repo" rm --cached --quiet orders.ts && printf 'export const x = 1;\n' > "$repo/clean.ts" && git -C "$repo" add clean.ts
set +e; (cd "$repo" && pre-commit run --color never) >"$work/pre-commit-clean.log" 2>&1; code=$?; set -e
[ "$code" -eq 0 ] || { cat "$work/pre-commit-clean.log"; fail "pre-commit failed on a clean staged change (exit $code)"; }

printf '\ninstall-routes: all routes install and scan\n'
