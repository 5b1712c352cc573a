#!/usr/bin/env bash
# The project's test command (README, .ci/run): starts what the tests need
# (a throwaway Synapse on loopback for the Matrix tests, installed from PyPI
# on first use), runs every test of the workspace, and stops Synapse again.
# Extra arguments go to `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export MITREDEN_SYNAPSE_STATE="${TMPDIR:-/tmp}/mitreden-synapse.$$"
trap 'scripts/synapse.sh stop' EXIT
eval "$(scripts/synapse.sh start)"
cargo test --workspace --locked "$@"
