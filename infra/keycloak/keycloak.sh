#!/usr/bin/env bash
# Local Keycloak for EQIP (no Docker): Keycloak 26.5.6 from Maven Central, realm "eqip" imported
# from realm-eqip.json. See README.md next to this file.
#
#   keycloak.sh install | start | stop | restart | reset | status | token USER [PASSWORD]
#
# Environment: EQIP_HOME (default ~/.eqip), KC_PORT (8180), KC_MGMT_PORT (9180),
#              KC_ADMIN_PASSWORD (admin), MVN (mvn; pass the project's ./mvnw if you like).
set -euo pipefail

KC_VERSION=26.5.6
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REALM_FILE="$SCRIPT_DIR/realm-eqip.json"
REALM=eqip

EQIP_HOME="${EQIP_HOME:-$HOME/.eqip}"
KC_HOME="$EQIP_HOME/keycloak-$KC_VERSION"
KC_PORT="${KC_PORT:-8180}"
KC_MGMT_PORT="${KC_MGMT_PORT:-9180}"
KC_URL="http://127.0.0.1:$KC_PORT"
MVN="${MVN:-mvn}"

LOG_DIR="$EQIP_HOME/logs"
RUN_DIR="$EQIP_HOME/run"
LOG_FILE="$LOG_DIR/keycloak.log"
PID_FILE="$RUN_DIR/keycloak.pid"
DATA_DIR="$KC_HOME/data"
H2_DIR="$DATA_DIR/h2"
REALM_SHA_FILE="$DATA_DIR/realm-eqip.sha256"   # sha256 of the realm file that is in data/h2
BUILD_OPTS=(--db=dev-file --health-enabled=true)
# --cache is a RUN-time option in 26.5 (`kc.sh build --cache=local` says "will be ignored during build
# time"), so it goes on the start command; without it Keycloak starts clustered (JGroups JDBC_PING,
# ports 7800/57800 on all interfaces) and waits ~20 s to JOIN dead nodes after an unclean stop.
RUN_OPTS=(--cache=local)
BUILD_MARKER="$KC_HOME/.eqip-built"             # holds BUILD_OPTS of the last `kc.sh build`
START_TIMEOUT="${KC_START_TIMEOUT:-180}"
STOP_TIMEOUT=30

log() { echo "[keycloak] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

well_known_ok() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 \
    "$KC_URL/realms/$REALM/.well-known/openid-configuration" 2>/dev/null) || true
  [[ "$code" == "200" ]]
}

port_in_use() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$KC_URL/" 2>/dev/null) || true
  [[ -n "$code" && "$code" != "000" ]]
}

# Non-zombie processes in process group $1 (zombies only wait for init to reap them).
group_members() {
  local p
  for p in $(pgrep -g "$1" 2>/dev/null || true); do
    [[ "$(ps -o stat= -p "$p" 2>/dev/null)" == Z* ]] || echo "$p"
  done
}

group_alive() { [[ -n "$(group_members "$1")" ]]; }

# The recorded PID (= process group id) if that group still holds a process of our Keycloak
# (kc.sh wrapper or its JVM, both have $KC_HOME on their command line). Guards against a stale
# PID file whose number was reused, and still finds a JVM whose kc.sh wrapper was killed.
running_pid() {
  [[ -s "$PID_FILE" ]] || return 1
  local pid p
  pid=$(tr -dc '0-9' <"$PID_FILE")
  [[ -n "$pid" ]] || return 1
  for p in $(group_members "$pid"); do
    if tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -qF "$KC_HOME"; then
      echo "$pid"
      return 0
    fi
  done
  return 1
}

cmd_install() {
  if [[ ! -x "$KC_HOME/bin/kc.sh" ]]; then
    mkdir -p "$EQIP_HOME/dl"
    log "downloading keycloak-quarkus-dist $KC_VERSION via $MVN (cached in ~/.m2 after the first time)"
    local mvn="$MVN"
    [[ "$mvn" == */* && "$mvn" != /* && -e "$mvn" ]] && mvn="$PWD/$mvn"   # e.g. MVN=./mvnw
    # run outside any project so Maven does not load (and iterate over) a reactor pom
    (cd "$EQIP_HOME/dl" && $mvn -B -q dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$EQIP_HOME/dl")
    log "unzipping into $EQIP_HOME"
    local zip="$EQIP_HOME/dl/keycloak-quarkus-dist-$KC_VERSION.zip"
    if command -v unzip >/dev/null; then
      unzip -q -o "$zip" -d "$EQIP_HOME"
    else
      # a JDK-only machine: the JDK's jar tool extracts zips too, but keeps no file modes
      (cd "$EQIP_HOME" && jar xf "$zip")
      chmod +x "$KC_HOME"/bin/*.sh
    fi
    rm -f "$BUILD_MARKER"
  fi
  if [[ ! -f "$BUILD_MARKER" || "$(cat "$BUILD_MARKER")" != "${BUILD_OPTS[*]}" ]]; then
    log "kc.sh build ${BUILD_OPTS[*]} (one time)"
    "$KC_HOME/bin/kc.sh" build "${BUILD_OPTS[@]}" >"$KC_HOME/.eqip-build.log" 2>&1 \
      || { tail -n 40 "$KC_HOME/.eqip-build.log" >&2; die "kc.sh build failed"; }
    echo "${BUILD_OPTS[*]}" >"$BUILD_MARKER"
  fi
}

cmd_stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$PID_FILE"
    log "not running"
    return 0
  fi
  log "stopping pid $pid (SIGTERM)"
  if group_members "$pid" | grep -qx "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true    # kc.sh forwards TERM to the JVM
  else
    kill -TERM -- "-$pid" 2>/dev/null || true  # wrapper gone, JVM orphaned: TERM the group
  fi
  local i
  for ((i = 0; i < STOP_TIMEOUT * 4; i++)); do
    group_alive "$pid" || break
    sleep 0.25
  done
  if group_alive "$pid"; then
    log "still alive after ${STOP_TIMEOUT}s: SIGKILL to process group $pid"
    kill -KILL -- "-$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_reset() {
  cmd_stop
  log "deleting $H2_DIR (next start re-imports $REALM_FILE)"
  rm -rf "$H2_DIR" "$REALM_SHA_FILE"
}

cmd_start() {
  [[ -f "$REALM_FILE" ]] || die "missing $REALM_FILE"
  local sha
  sha=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
  if running_pid >/dev/null; then
    if [[ "$(cat "$REALM_SHA_FILE" 2>/dev/null || true)" != "$sha" ]]; then
      log "running, but $REALM_FILE changed since the last import: restarting with a fresh import"
      cmd_stop
    elif well_known_ok; then
      log "already running (pid $(running_pid)) at $KC_URL"
      return 0
    else
      # process alive but realm not answering (hung or still starting): restart it cleanly
      cmd_stop
    fi
  fi
  rm -f "$PID_FILE"
  port_in_use && die "port $KC_PORT is already in use by a process this script did not start"

  cmd_install

  if [[ -d "$H2_DIR" && "$(cat "$REALM_SHA_FILE" 2>/dev/null || true)" != "$sha" ]]; then
    log "realm file changed since the last import: resetting the database"
    rm -rf "$H2_DIR" "$REALM_SHA_FILE"
  fi
  mkdir -p "$DATA_DIR/import" "$LOG_DIR" "$RUN_DIR"
  rm -f "$DATA_DIR/import/"*.json
  cp "$REALM_FILE" "$DATA_DIR/import/realm-eqip.json"

  log "starting Keycloak $KC_VERSION on $KC_URL (management :$KC_MGMT_PORT), log: $LOG_FILE"
  local t0=$SECONDS
  echo "=== $(date -Is) start ===" >>"$LOG_FILE"
  # setsid: new session + process group, so `stop` can kill the whole group if it has to.
  # The inner shell writes its own PID (= group leader) and then execs kc.sh.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}" \
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
      "$KC_HOME/bin/kc.sh" start --optimized --import-realm "${RUN_OPTS[@]}" \
      --http-enabled=true --http-host=127.0.0.1 --http-port="$KC_PORT" \
      --hostname="$KC_URL" --http-management-port="$KC_MGMT_PORT" \
      </dev/null >>"$LOG_FILE" 2>&1 &
  local i pid=""
  for ((i = 0; i < 50; i++)); do
    [[ -s "$PID_FILE" ]] && pid=$(tr -dc '0-9' <"$PID_FILE")
    [[ -n "$pid" ]] && break
    sleep 0.1
  done
  [[ -n "$pid" ]] || die "could not read $PID_FILE"

  until well_known_ok; do
    if ! group_alive "$pid"; then
      tail -n 40 "$LOG_FILE" >&2
      rm -f "$PID_FILE"
      die "Keycloak exited during startup (see $LOG_FILE)"
    fi
    if ((SECONDS - t0 >= START_TIMEOUT)); then
      tail -n 40 "$LOG_FILE" >&2
      cmd_stop
      die "realm $REALM not ready after ${START_TIMEOUT}s"
    fi
    sleep 1
  done
  echo "$sha" >"$REALM_SHA_FILE"
  log "ready after $((SECONDS - t0))s (pid $pid): $KC_URL/realms/$REALM (admin console $KC_URL/admin, user admin)"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    if well_known_ok; then echo "running (pid $pid) $KC_URL/realms/$REALM"; else echo "starting or unhealthy (pid $pid)"; fi
  else
    echo "stopped"
    return 3
  fi
}

cmd_token() {
  local user="${1:?usage: keycloak.sh token USER [PASSWORD]}" pass="${2:-demo}"
  local resp
  resp=$(curl -s --max-time 10 "$KC_URL/realms/$REALM/protocol/openid-connect/token" \
    --data-urlencode grant_type=password --data-urlencode client_id=eqip-cli \
    --data-urlencode "username=$user" --data-urlencode "password=$pass" \
    --data-urlencode scope=openid) || die "Keycloak not reachable at $KC_URL"
  local token
  token=$(printf '%s' "$resp" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [[ -n "$token" ]] || die "token request failed: $resp"
  printf '%s\n' "$token"
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop; cmd_start ;;
  reset) cmd_reset ;;
  status) cmd_status ;;
  token) shift; cmd_token "$@" ;;
  *) echo "usage: $0 install|start|stop|restart|reset|status|token USER [PASSWORD]" >&2; exit 2 ;;
esac
