#!/usr/bin/env bash
# The drills of issue 9 ("nothing lost"), against Debian's MariaDB server that .ci/run started:
#  outage:  the app runs on the server; the server is shut down for real and started again while the
#           app is in use (.ci/e2e/outage.mjs checks what people see, the row counts and the mail);
#  restore: backup (--kopiena.backup-now) -> every table's COUNT(*) and CHECKSUM TABLE -> empty
#           database -> start with --kopiena.restore=<file> -> the same counts and checksums; a
#           tampered backup is refused (non-zero exit, no stack trace).
# Needs from .ci/run (exported): JAVA_HOME, MARIADBD, DB_DIR (data in $DB_DIR/data, socket
# $DB_DIR/db.sock) and DB_PORT. Leaves the server running and its pid in $DB_DIR/mariadbd.pid.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n=== %s\n' "$*"; }
free_port() {
    local port
    for port in $(seq "$1" $(($1 + 200))); do
        (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
    done
    return 1
}
DRILL_DIR="$PWD/target/drills"
ROOT_SQL=(mariadb --no-defaults --socket="$DB_DIR/db.sock" -uroot)
DATABASE=kopiena_drill
APP_PORT=$(free_port 18380)
BASE_URL="http://127.0.0.1:$APP_PORT"

# the server as .ci/run starts it, so that a restart is the same server
start_db() {
    setsid "$MARIADBD" --no-defaults --datadir="$DB_DIR/data" --socket="$DB_DIR/db.sock" --port="$DB_PORT" \
        --bind-address=127.0.0.1 --user="$(id -un)" --skip-ssl --character-set-server=utf8mb4 \
        --collation-server=utf8mb4_unicode_ci --pid-file="$DB_DIR/drill-mariadbd.pid" \
        >>"$DB_DIR/server.log" 2>&1 < /dev/null &
    echo $! >"$DB_DIR/mariadbd.pid"
    for _ in $(seq 1 60); do
        mariadb --no-defaults --socket="$DB_DIR/db.sock" -uroot -e "SELECT 1" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "mariadbd did not start again" >&2; tail -20 "$DB_DIR/server.log" >&2; return 1
}
stop_db() {
    mariadb-admin --no-defaults --socket="$DB_DIR/db.sock" -uroot shutdown
    for _ in $(seq 1 120); do
        pgrep -f -- "--datadir=$DB_DIR/data" >/dev/null || return 0
        sleep 0.5
    done
    echo "mariadbd did not stop" >&2; return 1
}
# outage.mjs stops and starts the server through this script
case "${1:-}" in
    stop-db) stop_db; exit ;;
    start-db) start_db; exit ;;
esac
export MARIADBD DB_DIR DB_PORT
rm -rf "$DRILL_DIR" && mkdir -p "$DRILL_DIR/backups"

"${ROOT_SQL[@]}" <<SQL
DROP DATABASE IF EXISTS $DATABASE;
CREATE DATABASE $DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'kopiena'@'127.0.0.1' IDENTIFIED BY 'kopiena-ci-password';
GRANT ALL PRIVILEGES ON $DATABASE.* TO 'kopiena'@'127.0.0.1';
SQL
export SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/$DATABASE"
export SPRING_DATASOURCE_USERNAME=kopiena
export SPRING_DATASOURCE_PASSWORD=kopiena-ci-password
export KOPIENA_PUBLIC_URL=https://kopiena.example
export KOPIENA_ADMIN_USERNAME=drill-admin
export KOPIENA_ADMIN_PASSWORD='Drill admin passphrase 9'
export KOPIENA_BACKUP_DIR="$DRILL_DIR/backups"

APP_PID=
start_app() { # name, extra arguments...
    local name=$1; shift
    ./mvnw -B -q -ntp spring-boot:run -Dspring-boot.run.arguments="--server.port=$APP_PORT --kopiena.demo-data=true --vaadin.devmode.devTools.enabled=false $*" \
        >"$DRILL_DIR/app-$name.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 240); do
        curl -fs -o /dev/null "$BASE_URL/login" && return 0
        kill -0 "$APP_PID" 2>/dev/null || { tail -60 "$DRILL_DIR/app-$name.log"; return 1; }
        sleep 1
    done
    tail -60 "$DRILL_DIR/app-$name.log"; return 1
}
stop_app() {
    [ -n "$APP_PID" ] || return 0
    pkill -TERM -P "$APP_PID" 2>/dev/null || true
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do curl -fs -o /dev/null "$BASE_URL/login" || break; sleep 0.5; done
    APP_PID=
}
trap stop_app EXIT

# every table: its row count and CHECKSUM TABLE, one line each
fingerprint() {
    local table
    for table in $("${ROOT_SQL[@]}" -N -B -e "SELECT table_name FROM information_schema.tables
            WHERE table_schema = '$DATABASE' AND table_type = 'BASE TABLE' ORDER BY table_name"); do
        echo "$table $("${ROOT_SQL[@]}" -N -B -e "SELECT COUNT(*) FROM $DATABASE.\`$table\`") $("${ROOT_SQL[@]}" -N -B -e "CHECKSUM TABLE $DATABASE.\`$table\`" | cut -f2)"
    done
}

log "Outage drill: the database server stops and starts while the app is in use"
# mails go to a small SMTP sink, so that "sent" means a mail server took them
SMTP_PORT=$(free_port 2525)
node .ci/e2e/smtp-sink.mjs "$SMTP_PORT" "$DRILL_DIR/mails.txt" &
SMTP_PID=$!
# on a failure, .ci/run stops only the server it started itself: stop the one started here too
cleanup() {
    local status=$?
    stop_app
    kill "$SMTP_PID" 2>/dev/null || true
    if [ "$status" -ne 0 ] && [ -f "$DB_DIR/drill-mariadbd.pid" ]; then
        kill "$(cat "$DB_DIR/drill-mariadbd.pid")" 2>/dev/null || true
    fi
}
trap cleanup EXIT
# mails are polled every 20 s, so that the one queued just before the outage is still waiting then
start_app outage --kopiena.mail.poll-interval=PT20S --spring.mail.host=127.0.0.1 --spring.mail.port=$SMTP_PORT
DRILL_DB_STOP="bash .ci/drills.sh stop-db" DRILL_DB_START="bash .ci/drills.sh start-db" DRILL_SQL="${ROOT_SQL[*]} $DATABASE" \
    node .ci/e2e/outage.mjs "$BASE_URL" "$DRILL_DIR" || { tail -80 "$DRILL_DIR/app-outage.log"; exit 1; }
grep -q "^Subject: " "$DRILL_DIR/mails.txt" || { echo "the SMTP sink received no mail" >&2; exit 1; }
echo "the SMTP sink received $(grep -c '^--- end of mail ---' "$DRILL_DIR/mails.txt") mails"
if grep -qE "^\s+at (lv|org|com|java)\." "$DRILL_DIR/app-outage.log"; then
    echo "the app logged stack traces during the outage:" >&2
    grep -nE -B3 "^\s+at (lv|org|com|java)\." "$DRILL_DIR/app-outage.log" | head -40 >&2
    exit 1
fi
echo "the outage left no stack trace in the app log"
stop_app

log "Restore drill: backup, empty database, restore, every table as before"
# a start ends the login sessions left open by the last run; let that happen once before, so that
# the starts below (with the mail timer off) change nothing
start_app settle --kopiena.mail.scheduler.enabled=false
stop_app
BEFORE="$DRILL_DIR/before.txt"
fingerprint >"$BEFORE"
# the backup is made at start, before anything runs (mail timer off, so nothing changes meanwhile)
start_app backup --kopiena.backup-now --kopiena.mail.scheduler.enabled=false
stop_app
BACKUP=$(ls -t "$DRILL_DIR"/backups/kopiena-*.sql.gz | head -n1)
(cd "$DRILL_DIR/backups" && sha256sum -c "$(basename "$BACKUP").sha256")
echo "backup $BACKUP: $(wc -l <"$BEFORE") tables, $(du -h "$BACKUP" | cut -f1)"

# a damaged copy is refused before anything changes, with a short message and a non-zero exit
cp "$BACKUP" "$DRILL_DIR/damaged.sql.gz" && cp "$BACKUP.sha256" "$DRILL_DIR/damaged.sql.gz.sha256"
printf 'x' >>"$DRILL_DIR/damaged.sql.gz"
# (the app ran on after its backup, so the database now is not quite the backup's)
fingerprint >"$DRILL_DIR/before-damaged.txt"
if ./mvnw -B -q -ntp spring-boot:run \
        -Dspring-boot.run.arguments="--server.port=$APP_PORT --kopiena.restore=$DRILL_DIR/damaged.sql.gz" \
        >"$DRILL_DIR/app-damaged.log" 2>&1; then
    echo "a damaged backup was restored" >&2; exit 1
fi
grep -q "Restore refused: the checksum of damaged.sql.gz" "$DRILL_DIR/app-damaged.log" \
    || { tail -40 "$DRILL_DIR/app-damaged.log" >&2; echo "no 'Restore refused' in the log" >&2; exit 1; }
if grep -qE "^\s+at (lv|org|com|java)\." "$DRILL_DIR/app-damaged.log"; then
    echo "the refused restore logged a stack trace" >&2; exit 1
fi
echo "a damaged backup is refused with a non-zero exit and no stack trace"
diff <(fingerprint) "$DRILL_DIR/before-damaged.txt" >/dev/null || { echo "the refused restore changed the database" >&2; exit 1; }

"${ROOT_SQL[@]}" -e "DROP DATABASE $DATABASE; CREATE DATABASE $DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
[ -z "$(fingerprint)" ] || { echo "the database is not empty" >&2; exit 1; }
echo "database $DATABASE dropped and created empty"
start_app restore "--kopiena.restore=$BACKUP" --kopiena.mail.scheduler.enabled=false
grep -q "Restored backup $(basename "$BACKUP")" "$DRILL_DIR/app-restore.log"
stop_app
# the restore is in the audit trail, written once the app was up: check it, then take it out again
# (as root, outside the app) so that every table can be compared with before the backup
RESTORED="restored $(basename "$BACKUP") at start"
[ "$("${ROOT_SQL[@]}" -N -B -e "SELECT COUNT(*) FROM $DATABASE.audit_event WHERE action = 'BACKUP' AND detail = '$RESTORED'")" = 1 ] \
    || { echo "the audit trail does not say: $RESTORED" >&2; exit 1; }
echo "the audit trail says: $RESTORED"
"${ROOT_SQL[@]}" -e "DELETE FROM $DATABASE.audit_event WHERE action = 'BACKUP' AND detail = '$RESTORED'"
if ! diff -u "$BEFORE" <(fingerprint); then
    echo "after the restore, tables differ from before the backup (table, rows, checksum)" >&2; exit 1
fi
echo "restored: all $(wc -l <"$BEFORE") tables have the row counts and checksums of before the backup"
log "Drills passed"
