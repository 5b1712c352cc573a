#!/usr/bin/env bash
# A throwaway Synapse homeserver on loopback for the Matrix tests.
#
#   scripts/synapse.sh start   install (PyPI, into a venv) if needed, generate a
#                              config for `localhost` with SQLite, relaxed rate
#                              limits and a registration shared secret, start it,
#                              wait for it, and print `export …` lines to eval
#   scripts/synapse.sh stop    stop it and delete its directory
#   scripts/synapse.sh register USER PASSWORD   add a user (shared secret)
#
# The venv lives in ${MITREDEN_SYNAPSE_VENV:-$HOME/.cache/mitreden/synapse-venv}
# (reused between runs); the server's state in a fresh temporary directory.
set -euo pipefail

venv="${MITREDEN_SYNAPSE_VENV:-$HOME/.cache/mitreden/synapse-venv}"
state_file="${MITREDEN_SYNAPSE_STATE:-${TMPDIR:-/tmp}/mitreden-synapse.current}"
python="${PYTHON:-python3}"
# Pinned so a new Synapse release cannot change the tests under us.
synapse_version="${MITREDEN_SYNAPSE_VERSION:-1.163.2}"

log() { echo "synapse.sh: $*" >&2; }

install() {
        if [ -x "$venv/bin/python" ] && [ "$("$venv/bin/python" -c 'import synapse; print(synapse.__version__)' 2>/dev/null)" = "$synapse_version" ]; then
        return
    fi
        log "installing Synapse $synapse_version from PyPI into $venv (about a minute)"
    rm -rf "$venv"
    mkdir -p "$(dirname "$venv")"
    "$python" -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check --upgrade pip >&2
        "$venv/bin/pip" install --quiet --disable-pip-version-check "matrix-synapse==$synapse_version" >&2
}

free_port() {
    "$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

start() {
    install
    local dir port secret
    dir="$(mktemp -d "${TMPDIR:-/tmp}/mitreden-synapse.XXXXXX")"
    port="$(free_port)"
    secret="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    (cd "$dir" && "$venv/bin/python" -m synapse.app.homeserver --server-name localhost \
        --config-path "$dir/homeserver.yaml" --generate-config --report-stats=no >/dev/null 2>&1)
    # Rewrite the generated YAML as a whole (it has no trailing newline, so
    # appending would break it).
    "$venv/bin/python" - "$dir" "$port" "$secret" <<'PY'
import sys, yaml
d, port, secret = sys.argv[1], int(sys.argv[2]), sys.argv[3]
path = f"{d}/homeserver.yaml"
c = yaml.safe_load(open(path))
c["listeners"] = [{"port": port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": False,
                   "x_forwarded": False, "resources": [{"names": ["client"], "compress": False}]}]
c["database"] = {"name": "sqlite3", "args": {"database": f"{d}/homeserver.db"}}
c["registration_shared_secret"] = secret
c["enable_registration"] = True
c["enable_registration_without_verification"] = True
c["report_stats"] = False
c["trusted_key_servers"] = []
c["suppress_key_server_warning"] = True
c["federation_domain_whitelist"] = []
c["url_preview_enabled"] = False
c["presence"] = {"enabled": False}
fast = {"per_second": 1000, "burst_count": 1000}
for key in ["rc_message", "rc_registration", "rc_admin_redaction", "rc_3pid_validation",
            "rc_invites", "rc_joins", "rc_login", "rc_key_requests", "rc_delayed_event_mgmt",
            "rc_room_creation", "rc_media_create", "rc_reports"]:
    c[key] = fast
c["rc_login"] = {"address": fast, "account": fast, "failed_attempts": fast}
c["rc_joins"] = {"local": fast, "remote": fast}
c["rc_invites"] = {"per_room": fast, "per_user": fast, "per_issuer": fast}
open(path, "w").write(yaml.safe_dump(c))
PY
    log "starting Synapse on 127.0.0.1:$port in $dir"
    cd "$dir"
    # Fully detached: no inherited descriptors, so `$(synapse.sh start)` returns.
    nohup "$venv/bin/python" -m synapse.app.homeserver -c "$dir/homeserver.yaml" \
        </dev/null >"$dir/stdout.log" 2>&1 &
    echo $! >"$dir/pid"
    disown
    local url="http://127.0.0.1:$port"
    for _ in $(seq 1 120); do
        if "$venv/bin/python" -c "import urllib.request,sys; urllib.request.urlopen('$url/_matrix/client/versions', timeout=2)" 2>/dev/null; then
            printf '%s\n%s\n' "$dir" "$url" >"$state_file"
            echo "export MITREDEN_TEST_HOMESERVER=$url"
            echo "export MITREDEN_TEST_SYNAPSE_DIR=$dir"
            log "Synapse is up at $url"
            return
        fi
        if ! kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
            log "Synapse exited during start-up:"; tail -30 "$dir/stdout.log" >&2; tail -30 "$dir"/*.log >&2 || true
            exit 1
        fi
        sleep 0.5
    done
    log "Synapse did not answer within 60 s"; tail -30 "$dir/stdout.log" >&2
    exit 1
}

stop() {
    [ -f "$state_file" ] || return 0
    local dir
    dir="$(sed -n 1p "$state_file")"
    if [ -f "$dir/pid" ]; then
        kill "$(cat "$dir/pid")" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "$(cat "$dir/pid")" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$(cat "$dir/pid")" 2>/dev/null || true
    fi
    case "$dir" in */mitreden-synapse.*) rm -rf "$dir" ;; esac
    rm -f "$state_file"
}

register() {
    local dir url
    dir="$(sed -n 1p "$state_file")"; url="$(sed -n 2p "$state_file")"
    "$venv/bin/register_new_matrix_user" -u "$1" -p "$2" --no-admin -c "$dir/homeserver.yaml" "$url" >&2
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    register) shift; register "$@" ;;
    *) echo "usage: $0 start|stop|register USER PASSWORD" >&2; exit 2 ;;
esac
