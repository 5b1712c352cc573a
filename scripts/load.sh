#!/usr/bin/env bash
# Load run on Telegram (issue 16): builds mitreden (Telegram only) and the
# echo bot in release mode, then runs both against the fake Bot API.
# Arguments go to the load generator (--citizens, --concurrency, --json).
#   scripts/load.sh --json target/load.json
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --locked -p mitreden --no-default-features --features telegram
cargo build --release --locked -p telegram-load
exec "$target/release/telegram-load" --bot "$target/release/mitreden" --echo "$target/release/echo-bot" "$@"
