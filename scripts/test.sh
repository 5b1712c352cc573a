#!/usr/bin/env bash
# The project's test command (README, .ci/run): starts what the tests need
# (a throwaway Synapse on loopback for the Matrix tests, installed from PyPI
# on first use), runs every test of the workspace, stops Synapse again, and
# ends with one line of totals. Extra arguments go to `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export MITREDEN_SYNAPSE_STATE="${TMPDIR:-/tmp}/mitreden-synapse.$$"
log="$(mktemp)"
trap 'scripts/synapse.sh stop; rm -f "$log"' EXIT
eval "$(scripts/synapse.sh start)"
set +e
cargo test --workspace --locked "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
awk '/^test result:/ { for (i = 2; i <= NF; i++) { if ($i ~ /^passed;?$/) p += $(i-1); if ($i ~ /^failed;?$/) f += $(i-1) } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
