#!/usr/bin/env bash
# The project's test command (README, .ci/run): starts what the tests need,
# then runs every test of the workspace. Extra arguments go to `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --workspace --locked "$@"
