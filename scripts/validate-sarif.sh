#!/usr/bin/env bash
# Checks that plancheck's SARIF validates against the official SARIF 2.1.0 JSON schema and meets
# what GitHub code scanning additionally requires (a region.startLine on every result, rule
# descriptions and help, relative or file: URIs, partialFingerprints, upload limits).
#
#   scripts/validate-sarif.sh              run plancheck over ../shared/corpus/seeds and check it
#   scripts/validate-sarif.sh FILE.sarif   check an existing file
#
# Paths are relative to the repository root. Exits 0 when valid (or when ../shared is absent),
# 1 when invalid, 2 when the check itself cannot run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
given=""
if [[ $# -ge 1 ]]; then
    if [[ ! -f "$1" ]]; then
        echo "validate-sarif: $1: no such file" >&2
        exit 2
    fi
    # Resolved before moving to the repository root.
    given="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
fi
cd "$root"
schema="../shared/schemas/sarif-schema-2.1.0.json"
corpus="../shared/corpus/seeds"

if [[ ! -f "$schema" ]]; then
    echo "validate-sarif: $schema not found (no ../shared beside the repository); skipping"
    exit 0
fi
if ! command -v python3 >/dev/null; then
    echo "validate-sarif: python3 is required" >&2
    exit 2
fi
if ! python3 -c 'import jsonschema' 2>/dev/null; then
    echo "validate-sarif: installing the jsonschema package with pip"
    python3 -m pip install --quiet jsonschema || { echo "validate-sarif: cannot install jsonschema" >&2; exit 2; }
fi

if [[ -n "$given" ]]; then
    sarif="$given"
else
    if [[ ! -d "$corpus" ]]; then
        echo "validate-sarif: $corpus not found; skipping"
        exit 0
    fi
    # Incremental: a no-op when the binary is up to date.
    swift build --product plancheck >&2
    bin="$(swift build --show-bin-path)/plancheck"
    sarif="$(mktemp "${TMPDIR:-/tmp}/plancheck-XXXXXX.sarif")"
    trap 'rm -f "$sarif"' EXIT
    "$bin" check "$corpus" --format sarif --fail-on none --output "$sarif"
fi

python3 - "$schema" "$sarif" <<'PY'
import gzip, json, sys
import jsonschema

schema_path, sarif_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(sarif_path, "rb") as f:
    raw = f.read()
try:
    log = json.loads(raw.decode("utf-8"))
except (UnicodeDecodeError, json.JSONDecodeError) as error:
    print(f"{sarif_path}: not UTF-8 JSON: {error}")
    sys.exit(1)

problems = []
validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
for error in sorted(validator.iter_errors(log), key=lambda e: list(map(str, e.absolute_path))):
    path = "/".join(map(str, error.absolute_path)) or "(root)"
    problems.append(f"schema: {path}: {error.message}")

# What GitHub code scanning requires beyond the schema (its documented limits, and the GH rules
# of the SARIF multitool's validator).
def text(obj, key):
    value = (obj or {}).get(key) or {}
    return isinstance(value, dict) and isinstance(value.get("text"), str) and value["text"].strip() != ""

runs = log.get("runs", [])
if len(runs) > 20:
    problems.append(f"github: {len(runs)} runs, more than 20")
if len(gzip.compress(raw)) > 10 * 1024 * 1024:
    problems.append("github: larger than 10 MB gzipped")
result_count = 0
for r, run in enumerate(runs):
    driver = run.get("tool", {}).get("driver", {})
    rules = driver.get("rules")
    if not driver.get("name"):
        problems.append(f"github: runs/{r}: tool.driver.name missing")
    if rules is None:
        problems.append(f"github: runs/{r}: tool.driver.rules missing")
        rules = []
    if len(rules) > 25000:
        problems.append(f"github: runs/{r}: {len(rules)} rules, more than 25,000")
    for i, rule in enumerate(rules):
        for key in ("shortDescription", "fullDescription", "help"):
            if not text(rule, key):
                problems.append(f"github: runs/{r}/tool/driver/rules/{i} ({rule.get('id')}): {key}.text missing or empty")
        if len(rule.get("properties", {}).get("tags", [])) > 20:
            problems.append(f"github: runs/{r}/tool/driver/rules/{i}: more than 20 tags")
    results = run.get("results", [])
    result_count += len(results)
    if len(results) > 25000:
        problems.append(f"github: runs/{r}: {len(results)} results, more than 25,000")
    for i, result in enumerate(results):
        where = f"runs/{r}/results/{i}"
        if not text(result, "message"):
            problems.append(f"github: {where}: message.text missing or empty")
        index = result.get("ruleIndex")
        if index is not None and (index >= len(rules) or rules[index].get("id") != result.get("ruleId")):
            problems.append(f"github: {where}: ruleIndex {index} does not name rule {result.get('ruleId')}")
        if not result.get("partialFingerprints"):
            problems.append(f"github: {where}: partialFingerprints missing")
        locations = result.get("locations") or []
        if not locations:
            problems.append(f"github: {where}: no locations")
        if len(locations) > 1000:
            problems.append(f"github: {where}: more than 1,000 locations")
        for j, location in enumerate(locations):
            physical = location.get("physicalLocation") or {}
            uri = (physical.get("artifactLocation") or {}).get("uri")
            if not uri:
                problems.append(f"github: {where}/locations/{j}: artifactLocation.uri missing")
            elif "://" in uri and not uri.startswith("file://"):
                problems.append(f"github: {where}/locations/{j}: {uri} is neither relative nor a file: URI")
            elif not uri.isascii() or " " in uri:
                problems.append(f"github: {where}/locations/{j}: {uri} is not percent-encoded")
            if not (physical.get("region") or {}).get("startLine"):
                problems.append(f"github: {where}/locations/{j}: region.startLine missing")

for problem in problems[:50]:
    print(problem)
if len(problems) > 50:
    print(f"… and {len(problems) - 50} more")
if problems:
    print(f"{sarif_path}: INVALID ({len(problems)} problems)")
    sys.exit(1)
print(f"{sarif_path}: valid SARIF 2.1.0, acceptable to GitHub code scanning ({len(runs)} run, {result_count} results)")
PY
