#!/usr/bin/env bash
# EQIP local run: database, message broker, Keycloak, the four services and the gateway, on one
# machine, without Docker. See infra/README.md.
#
#   ./infra/eqip.sh up [--no-build]   build, start what is not running yet, load the demo data
#   ./infra/eqip.sh down              stop exactly what `up` started
#   ./infra/eqip.sh status            one line per component
#
# Environment (all optional):
#   EQIP_HOME                 state, logs, pid files, embedded DB and Keycloak (default ~/.eqip)
#   EQIP_DB_HOST              use this MySQL/MariaDB server instead of the embedded MariaDB
#   EQIP_DB_PORT              its port (3306)
#   EQIP_DB_ADMIN_USER        an account that may create databases and users (root)
#   EQIP_DB_ADMIN_PASSWORD    its password (empty)
#   EQIP_EMBEDDED_DB_PORT     port of the embedded MariaDB (3307)
#   EQIP_RABBITMQ_PORT        AMQP port on 127.0.0.1 (5672)
#   EQIP_GATEWAY_PORT, EQIP_REGISTRY_PORT, EQIP_PLANS_PORT, EQIP_MONITORING_PORT,
#   EQIP_REPORTING_PORT       8080, 8081, 8082, 8083, 8084
#   EQIP_KEYCLOAK_PORT        8180 (management port EQIP_KEYCLOAK_MGMT_PORT, 9180)
#   EQIP_JAVA_OPTS            JVM options of the services (-Xmx256m -XX:+UseSerialGC)
#   EQIP_START_TIMEOUT        seconds to wait for each component (240)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export EQIP_HOME="${EQIP_HOME:-$HOME/.eqip}"
LOG_DIR="$EQIP_HOME/logs"
RUN_DIR="$EQIP_HOME/run"
STATE_FILE="$RUN_DIR/state.env"
RABBIT_MARKER="$RUN_DIR/rabbitmq.started-by-eqip"
LAUNCHER_JAR="$REPO/infra/launcher/target/launcher.jar"
BOOTSTRAP_SQL="$REPO/infra/db/bootstrap.sql"
KEYCLOAK_SH="$REPO/infra/keycloak/keycloak.sh"

JAVA="${JAVA:-java}"
read -r -a JAVA_OPTS <<<"${EQIP_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}"
START_TIMEOUT="${EQIP_START_TIMEOUT:-240}"
STOP_TIMEOUT=20

GATEWAY_PORT="${EQIP_GATEWAY_PORT:-8080}"
declare -A PORT=(
  [registry-service]="${EQIP_REGISTRY_PORT:-8081}"
  [plans-service]="${EQIP_PLANS_PORT:-8082}"
  [monitoring-service]="${EQIP_MONITORING_PORT:-8083}"
  [reporting-service]="${EQIP_REPORTING_PORT:-8084}"
  [gateway]="$GATEWAY_PORT"
)
declare -A SCHEMA=(
  [registry-service]=eqip_registry
  [plans-service]=eqip_plans
  [monitoring-service]=eqip_monitoring
  [reporting-service]=eqip_reporting
)
# The event consumers start first: their queues must be bound before registry-service publishes
# the demo org tree (RabbitMQ drops what no queue is bound for).
CONSUMERS=(plans-service monitoring-service reporting-service)
SERVICES=(registry-service "${CONSUMERS[@]}")

export KC_PORT="${EQIP_KEYCLOAK_PORT:-8180}"
export KC_MGMT_PORT="${EQIP_KEYCLOAK_MGMT_PORT:-9180}"
export MVN="$REPO/mvnw"
KC_URL="http://127.0.0.1:$KC_PORT"
GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT"
EMBEDDED_DB_PORT="${EQIP_EMBEDDED_DB_PORT:-3307}"
AMQP_PORT="${EQIP_RABBITMQ_PORT:-5672}"

log() { echo "[eqip] $*" >&2; }
die() {
  echo "[eqip] ERROR: $*" >&2
  exit 1
}

# ---------------------------------------------------------------------------------------- helpers

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_code() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true
}

healthy() { [[ "$(http_code "http://127.0.0.1:$1/health")" == "200" ]]; }

# PID from $RUN_DIR/<name>.pid if that process is alive and still runs what we started
# (its command line contains $2): guards against a stale pid file whose PID was reused.
running_pid() {
  local name=$1 marker=$2 file="$RUN_DIR/$1.pid" pid
  [[ -f "$file" ]] || return 1
  pid=$(tr -dc '0-9' <"$file")
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker" || return 1
  echo "$pid"
}

# true while a non-zombie process is left in process group $1
group_alive() {
  local pids
  pids=$(pgrep -g "$1" 2>/dev/null | paste -sd, -) || return 1
  [[ -n "$pids" ]] && ps -o stat= -p "$pids" 2>/dev/null | grep -qv '^Z'
}

# start_process NAME COMMAND...: in a new session (so its whole process group can be stopped),
# output appended to $LOG_DIR/NAME.log, PID (= group id) in $RUN_DIR/NAME.pid.
start_process() {
  local name=$1 pidfile="$RUN_DIR/$1.pid" i pid=""
  shift
  rm -f "$pidfile"
  echo "=== $(date -Is) start ===" >>"$LOG_DIR/$name.log"
  # shellcheck disable=SC2016 # $$ and $@ belong to the inner shell
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" \
    </dev/null >>"$LOG_DIR/$name.log" 2>&1 &
  for ((i = 0; i < 50; i++)); do
    [[ -s "$pidfile" ]] && pid=$(tr -dc '0-9' <"$pidfile")
    [[ -n "$pid" ]] && break
    sleep 0.1
  done
  [[ -n "$pid" ]] || die "could not start $name (no pid file)"
}

fail_with_log() {
  local name=$1 message=$2
  echo "----- last lines of $LOG_DIR/$name.log -----" >&2
  tail -n 30 "$LOG_DIR/$name.log" >&2 || true
  echo "-----" >&2
  die "$message (full log: $LOG_DIR/$name.log)"
}

# wait_until NAME MARKER TIMEOUT CHECK...: until CHECK succeeds; fails if the process dies.
wait_until() {
  local name=$1 marker=$2 timeout=$3 t0=$SECONDS
  shift 3
  until "$@"; do
    running_pid "$name" "$marker" >/dev/null ||
      fail_with_log "$name" "$name exited during startup"
    ((SECONDS - t0 < timeout)) ||
      fail_with_log "$name" "$name not ready after ${timeout}s"
    sleep 1
  done
}

# stop_group NAME MARKER: SIGTERM to the recorded process, wait, then SIGKILL its group.
stop_group() {
  local name=$1 marker=$2 pid
  if ! pid=$(running_pid "$name" "$marker"); then
    rm -f "$RUN_DIR/$name.pid"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  await_group_exit "$name" "$pid"
}

# await_group_exit NAME PID: waits for process group PID to end, SIGKILL after STOP_TIMEOUT.
await_group_exit() {
  local name=$1 pid=$2 i
  for ((i = 0; i < STOP_TIMEOUT * 4; i++)); do
    group_alive "$pid" || break
    sleep 0.25
  done
  if group_alive "$pid"; then
    log "$name still alive after ${STOP_TIMEOUT}s: SIGKILL to its process group"
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$RUN_DIR/$name.pid"
  log "stopped $name"
}

service_jar() {
  local s=$1 jar
  for jar in "$REPO/services/$s/target/$s"-*.jar; do
    [[ -f "$jar" && "$jar" != *-sources.jar && "$jar" != *-tests.jar ]] && {
      echo "$jar"
      return 0
    }
  done
  return 1
}

check_prerequisites() {
  command -v "$JAVA" >/dev/null || die "java not found: install a JDK 17 or newer"
  local version
  version=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
  [[ "${version%%.*}" -ge 17 ]] 2>/dev/null || die "Java 17 or newer is required (found $version)"
  command -v curl >/dev/null || die "curl is required"
  command -v setsid >/dev/null || die "setsid (util-linux) is required"
}

any_service_running() {
  local s
  for s in "${SERVICES[@]}" gateway; do
    running_pid "$s" "$s" >/dev/null && return 0
  done
  return 1
}

# ---------------------------------------------------------------------------------------- build

build() {
  if any_service_running; then
    log "services are running: not rebuilding their jars under them (./infra/eqip.sh down first to pick up changes)"
    return 0
  fi
  local web=()
  if ! command -v npm >/dev/null 2>&1; then
    # a JDK-only machine still gets the whole API; the browser app needs Node.js 20+ to build
    log "WARNING: npm not found: building without the web app (install Node.js 20+ for it); the API works"
    web=(-Dskip.web=true)
  fi
  log "building (./mvnw -B -q -DskipTests package ${web[*]}) ..."
  local t0=$SECONDS
  (cd "$REPO" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true "${web[@]}" package) ||
    die "the build failed"
  log "built in $((SECONDS - t0))s"
}

# ---------------------------------------------------------------------------------------- database

DB_MODE="" DB_HOST="" DB_PORT="" DB_ADMIN_USER="" DB_ADMIN_PASSWORD=""

choose_database() {
  if [[ -n "${EQIP_DB_HOST:-}" ]]; then
    DB_MODE=external
    DB_HOST="$EQIP_DB_HOST"
    DB_PORT="${EQIP_DB_PORT:-3306}"
    DB_ADMIN_USER="${EQIP_DB_ADMIN_USER:-root}"
    DB_ADMIN_PASSWORD="${EQIP_DB_ADMIN_PASSWORD:-}"
  else
    DB_MODE=embedded
    DB_HOST=127.0.0.1
    DB_PORT="$EMBEDDED_DB_PORT"
    DB_ADMIN_USER=root
    DB_ADMIN_PASSWORD=""
  fi
}

start_database() {
  local pid
  choose_database
  if [[ "$DB_MODE" == external ]]; then
    log "database: $DB_HOST:$DB_PORT (EQIP_DB_HOST)"
  elif pid=$(running_pid mariadb EmbeddedMariaDb); then
    log "database: embedded MariaDB already running (pid $pid) on 127.0.0.1:$DB_PORT"
  else
    port_open "$DB_PORT" &&
      die "port $DB_PORT is in use by a process eqip.sh did not start (set EQIP_EMBEDDED_DB_PORT or EQIP_DB_HOST)"
    log "database: starting the embedded MariaDB on 127.0.0.1:$DB_PORT (data in $EQIP_HOME/mariadb)"
    rm -f "$RUN_DIR/mariadb.ready"
    start_process mariadb "$JAVA" -Xmx64m -cp "$LAUNCHER_JAR" vn.eqip.launcher.EmbeddedMariaDb \
      --port "$DB_PORT" --dir "$EQIP_HOME/mariadb" --ready-file "$RUN_DIR/mariadb.ready"
    local t0=$SECONDS
    wait_until mariadb EmbeddedMariaDb "$START_TIMEOUT" test -f "$RUN_DIR/mariadb.ready"
    log "database: ready after $((SECONDS - t0))s"
  fi
  log "database: applying infra/db/bootstrap.sql as $DB_ADMIN_USER"
  "$JAVA" -cp "$LAUNCHER_JAR" vn.eqip.launcher.SqlRunner --url "jdbc:mysql://$DB_HOST:$DB_PORT" \
    --user "$DB_ADMIN_USER" --password "$DB_ADMIN_PASSWORD" --wait 30 "$BOOTSTRAP_SQL" >&2 ||
    die "could not bootstrap the databases on $DB_HOST:$DB_PORT as $DB_ADMIN_USER (EQIP_DB_ADMIN_USER / EQIP_DB_ADMIN_PASSWORD)"
}

# ---------------------------------------------------------------------------------------- broker

AMQP_MODE=""

start_broker() {
  local pid
  if pid=$(running_pid amqp EmbeddedAmqpBroker); then
    AMQP_MODE=embedded
    log "broker: embedded AMQP broker already running (pid $pid)"
    return 0
  fi
  if port_open "$AMQP_PORT"; then
    if [[ -f "$RABBIT_MARKER" ]]; then AMQP_MODE=rabbitmq-started; else AMQP_MODE=existing; fi
    log "broker: RabbitMQ answers on 127.0.0.1:$AMQP_PORT"
    return 0
  fi
  rm -f "$RABBIT_MARKER"
  if command -v rabbitmq-server >/dev/null && [[ "$AMQP_PORT" == 5672 ]]; then
    log "broker: starting the installed RabbitMQ (rabbitmq-server -detached)"
    if rabbitmq-server -detached >>"$LOG_DIR/rabbitmq.log" 2>&1; then
      local t0=$SECONDS
      until port_open "$AMQP_PORT" || ((SECONDS - t0 >= 60)); do sleep 1; done
      if port_open "$AMQP_PORT" && rabbitmqctl await_startup >>"$LOG_DIR/rabbitmq.log" 2>&1; then
        touch "$RABBIT_MARKER"
        AMQP_MODE=rabbitmq-started
        log "broker: RabbitMQ ready after $((SECONDS - t0))s"
        return 0
      fi
    fi
    log "broker: RabbitMQ did not start (see $LOG_DIR/rabbitmq.log): using the embedded broker"
  fi
  log "broker: starting the embedded AMQP 0-9-1 broker (Qpid Broker-J) on 127.0.0.1:$AMQP_PORT"
  rm -f "$RUN_DIR/amqp.ready"
  start_process amqp "$JAVA" -Xmx128m -cp "$LAUNCHER_JAR" vn.eqip.launcher.EmbeddedAmqpBroker \
    --port "$AMQP_PORT" --work-dir "$EQIP_HOME/qpid" --ready-file "$RUN_DIR/amqp.ready"
  wait_until amqp EmbeddedAmqpBroker "$START_TIMEOUT" test -f "$RUN_DIR/amqp.ready"
  AMQP_MODE=embedded
}

# ---------------------------------------------------------------------------------------- services

service_env() {
  local s=$1
  local env=(
    "MICRONAUT_SERVER_PORT=${PORT[$s]}"
    "MICRONAUT_SERVER_HOST=127.0.0.1"
    "EQIP_SERVICE_NAME=$s"
    "EQIP_RABBITMQ_URI=amqp://guest:guest@127.0.0.1:$AMQP_PORT"
    "EQIP_JWKS_URL=$KC_URL/realms/eqip/protocol/openid-connect/certs"
    "EQIP_ISSUER=$KC_URL/realms/eqip"
    "EQIP_REGISTRY_URL=http://127.0.0.1:${PORT[registry-service]}"
    "EQIP_PLANS_URL=http://127.0.0.1:${PORT[plans-service]}"
    "EQIP_MONITORING_URL=http://127.0.0.1:${PORT[monitoring-service]}"
    "EQIP_REPORTING_URL=http://127.0.0.1:${PORT[reporting-service]}"
  )
  if [[ -n "${SCHEMA[$s]:-}" ]]; then
    local schema=${SCHEMA[$s]}
    env+=(
      "EQIP_DB_URL=jdbc:mysql://$DB_HOST:$DB_PORT/$schema?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
      "EQIP_DB_USER=$schema"
      "EQIP_DB_PASSWORD=$schema"
    )
  fi
  if [[ "$s" == registry-service ]]; then
    # users and tenants are provisioned through the realm's confidential client eqip-registry
    # (its secret in realm-eqip.json is for local demo runs only)
    env+=(
      "EQIP_DEMO=true"
      "EQIP_KEYCLOAK_URL=$KC_URL"
      "EQIP_KEYCLOAK_CLIENT_SECRET=${EQIP_REGISTRY_KEYCLOAK_SECRET:-eqip-registry-local-demo-secret}"
    )
  fi
  printf '%s\n' "${env[@]}"
}

# start_service NAME: starts it unless it already runs; does not wait.
start_service() {
  local s=$1 port=${PORT[$1]} jar pid
  if pid=$(running_pid "$s" "$s"); then
    log "$s: already running (pid $pid) on :$port"
    return 0
  fi
  local name=${s%%-*}
  port_open "$port" && die "port $port ($s) is in use by a process eqip.sh did not start (set EQIP_${name^^}_PORT)"
  jar=$(service_jar "$s") || die "no jar in services/$s/target: run ./infra/eqip.sh up without --no-build"
  local env=()
  mapfile -t env < <(service_env "$s")
  log "$s: starting on :$port"
  start_process "$s" env "${env[@]}" "$JAVA" "${JAVA_OPTS[@]}" -jar "$jar"
}

http_answers() { [[ "$(http_code "http://127.0.0.1:$1/health")" != "000" ]]; }

wait_answering() { wait_until "$1" "$1" "$START_TIMEOUT" http_answers "${PORT[$1]}"; }

wait_healthy() {
  local s=$1
  wait_until "$s" "$s" "$START_TIMEOUT" healthy "${PORT[$s]}"
  log "$s: healthy (http://127.0.0.1:${PORT[$s]}/health)"
}

# ---------------------------------------------------------------------------------------- commands

save_state() {
  cat >"$STATE_FILE" <<EOF
DB_MODE=$DB_MODE
DB_HOST=$DB_HOST
DB_PORT=$DB_PORT
AMQP_MODE=$AMQP_MODE
EOF
}

cmd_up() {
  local no_build=false arg
  for arg in "$@"; do
    case "$arg" in
      --no-build) no_build=true ;;
      *) die "unknown option $arg (usage: eqip.sh up [--no-build])" ;;
    esac
  done
  local t0=$SECONDS
  check_prerequisites
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  $no_build || build
  [[ -f "$LAUNCHER_JAR" ]] || die "missing $LAUNCHER_JAR: run ./infra/eqip.sh up without --no-build"

  # Keycloak is the slowest to start: let it start while the rest comes up.
  local kc_job
  "$KEYCLOAK_SH" start &
  kc_job=$!

  start_database
  start_broker
  save_state

  local s
  for s in "${CONSUMERS[@]}"; do start_service "$s"; done
  for s in "${CONSUMERS[@]}"; do wait_answering "$s"; done
  start_service registry-service
  for s in "${SERVICES[@]}"; do wait_healthy "$s"; done
  start_service gateway
  wait_healthy gateway

  wait "$kc_job" || die "Keycloak did not start (see $LOG_DIR/keycloak.log)"

  log "loading the demo school years, self-assessments and plans (idempotent) ..."
  "$JAVA" -cp "$LAUNCHER_JAR" vn.eqip.launcher.DemoLoader --gateway "$GATEWAY_URL" --keycloak "$KC_URL" |
    tee -a "$LOG_DIR/demo-loader.log" ||
    die "loading the demo data failed (service logs in $LOG_DIR)"
  log "up in $((SECONDS - t0))s"
  print_welcome
}

print_welcome() {
  cat <<EOF

EQIP is running.

  Open          $GATEWAY_URL   (the web app: sign in with a demo account below)
  API docs      $GATEWAY_URL/api/docs
  Keycloak      $KC_URL   (admin console: admin / admin)
  Logs          $LOG_DIR

Demo accounts (password: demo)
  platform               platform-admin   (platform operator)
  admin.dienbien         dept-admin       Sở GD&ĐT Điện Biên
  reviewer.dienbien      reviewer         Sở GD&ĐT Điện Biên
  principal.hemuong      principal        Trường PTDTBT Tiểu học xã Hẹ Muông
  staff.hemuong          staff            Trường PTDTBT Tiểu học xã Hẹ Muông
  principal.thanhxuong   principal        Trường THCS xã Thanh Xương
  principal.muongmuon    principal        Trường Mầm non số 1 Mường Mươn
  admin.hcm              dept-admin       Sở GD&ĐT TP. Hồ Chí Minh
  reviewer.hcm           reviewer         Sở GD&ĐT TP. Hồ Chí Minh
  principal.dinhphuoc    principal        Trường Tiểu học Định Phước
  principal.quan10       principal        Trường Mầm non Quận 10

Start with principal.hemuong (an approved plan with progress), reviewer.hcm (a plan waiting for
review) or admin.dienbien (the department's dashboards).

Try it:
  TOKEN=\$(curl -s $KC_URL/realms/eqip/protocol/openid-connect/token \\
    -d grant_type=password -d client_id=eqip-cli -d username=principal.hemuong -d password=demo |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" $GATEWAY_URL/api/registry/schools

Stop everything with:  ./infra/eqip.sh down
EOF
}

cmd_down() {
  mkdir -p "$RUN_DIR"
  local t0=$SECONDS s pid
  declare -A stopping=()
  # SIGTERM to every service at once, then wait for each
  for s in gateway "${SERVICES[@]}"; do
    if pid=$(running_pid "$s" "$s"); then
      stopping[$s]=$pid
      kill -TERM "$pid" 2>/dev/null || true
    else
      rm -f "$RUN_DIR/$s.pid"
    fi
  done
  for s in "${!stopping[@]}"; do await_group_exit "$s" "${stopping[$s]}"; done
  "$KEYCLOAK_SH" stop
  stop_group amqp EmbeddedAmqpBroker
  stop_group mariadb EmbeddedMariaDb
  rm -f "$RUN_DIR/amqp.ready" "$RUN_DIR/mariadb.ready"
  if [[ -f "$RABBIT_MARKER" ]]; then
    log "stopping RabbitMQ (started by eqip.sh up)"
    rabbitmqctl stop >>"$LOG_DIR/rabbitmq.log" 2>&1 || log "rabbitmqctl stop failed (see $LOG_DIR/rabbitmq.log)"
    rm -f "$RABBIT_MARKER"
  fi
  rm -f "$STATE_FILE"
  log "down in $((SECONDS - t0))s"
}

status_line() { printf '%-20s %s\n' "$1" "$2"; }

cmd_status() {
  local s pid all_up=0 db_mode=""
  [[ -f "$STATE_FILE" ]] && db_mode=$(sed -n 's/^DB_MODE=//p' "$STATE_FILE")
  if pid=$(running_pid mariadb EmbeddedMariaDb); then
    status_line database "embedded MariaDB running (pid $pid) on 127.0.0.1:$EMBEDDED_DB_PORT"
  elif [[ "$db_mode" == external ]]; then
    status_line database "external $(sed -n 's/^DB_HOST=//p' "$STATE_FILE"):$(sed -n 's/^DB_PORT=//p' "$STATE_FILE")"
  else
    status_line database "stopped"
    all_up=3
  fi
  if pid=$(running_pid amqp EmbeddedAmqpBroker); then
    status_line broker "embedded AMQP broker running (pid $pid) on 127.0.0.1:$AMQP_PORT"
  elif port_open "$AMQP_PORT"; then
    if [[ -f "$RABBIT_MARKER" ]]; then
      status_line broker "RabbitMQ on 127.0.0.1:$AMQP_PORT (started by eqip.sh)"
    else
      status_line broker "RabbitMQ on 127.0.0.1:$AMQP_PORT (not started by eqip.sh)"
    fi
  else
    status_line broker "stopped"
    all_up=3
  fi
  local kc
  kc=$("$KEYCLOAK_SH" status 2>&1) || all_up=3
  status_line keycloak "$kc"
  for s in "${SERVICES[@]}" gateway; do
    if pid=$(running_pid "$s" "$s"); then
      if healthy "${PORT[$s]}"; then
        status_line "$s" "healthy (pid $pid) http://127.0.0.1:${PORT[$s]}"
      else
        status_line "$s" "running, not healthy (pid $pid) http://127.0.0.1:${PORT[$s]}/health, log $LOG_DIR/$s.log"
        all_up=3
      fi
    else
      status_line "$s" "stopped"
      all_up=3
    fi
  done
  return $all_up
}

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 up [--no-build] | down | status" >&2
    exit 2
    ;;
esac
