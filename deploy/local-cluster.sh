#!/usr/bin/env bash
# Tagung on several instances, on this machine: nginx (Debian package) on loopback in front of two
# `next start` processes (scripts/serve.mjs) sharing one PostgreSQL database, plus one mail worker.
#
#   deploy/local-cluster.sh up      build if needed, migrate, start everything, wait until healthy
#   deploy/local-cluster.sh down    stop what `up` started (by the pids it wrote)
#
# Settings (environment):
#   DATABASE_URL       PostgreSQL, shared by every process (default postgresql://postgres@127.0.0.1:5432/tagung_cluster;
#                      created if missing)
#   CLUSTER_PORT       nginx's port (default 8080); the apps listen on CLUSTER_PORT+1 … +INSTANCES
#   INSTANCES          app processes (default 2)
#   CLUSTER_RUN_DIR    pids, logs, nginx config and temp dirs (default deploy/.run)
#   NEXTAUTH_SECRET    shared by every instance (default: one generated into the run dir)
#   NEXT_DIST_DIR      the build to serve (default .next)
#   SMTP_URL           where the mail worker delivers (default: the development mailbox in the database)
set -euo pipefail
cd "$(dirname "$0")/.."

RUN_DIR=${CLUSTER_RUN_DIR:-deploy/.run}
PORT=${CLUSTER_PORT:-8080}
INSTANCES=${INSTANCES:-2}
export DATABASE_URL=${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/tagung_cluster}
export NEXT_DIST_DIR=${NEXT_DIST_DIR:-.next}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

stop_pid() { # name
  local file="$RUN_DIR/$1.pid"
  [ -f "$file" ] || return 0
  local pid; pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

down() {
  [ -d "$RUN_DIR" ] || return 0
  stop_pid nginx
  for f in "$RUN_DIR"/app-*.pid "$RUN_DIR"/mail-worker.pid; do [ -e "$f" ] && stop_pid "$(basename "$f" .pid)"; done
  echo "Cluster stopped."
}

wait_healthy() { # url
  for _ in $(seq 1 150); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.4
  done
  echo "not healthy: $1" >&2
  return 1
}

up() {
  [ -x "$NGINX" ] || { echo "nginx is not installed (apt-get install nginx)" >&2; exit 1; }
  case "$DATABASE_URL" in postgres*) ;; *) echo "DATABASE_URL must be PostgreSQL: every instance shares it" >&2; exit 1 ;; esac
  mkdir -p "$RUN_DIR"/{client_body,proxy,fastcgi,uwsgi,scgi}
  down >/dev/null
  # One database for all: created if missing, migrated once (the runner takes an advisory lock, so
  # instances starting together would be safe too), demo data seeded into an empty one.
  local db=${DATABASE_URL##*/}; db=${db%%\?*}
  psql "${DATABASE_URL%/*}/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
    || psql "${DATABASE_URL%/*}/postgres" -qc "CREATE DATABASE \"$db\""
  npx tsx --tsconfig=tsconfig.scripts.json -e 'require("./scripts/prepare-db").prepareDatabase().catch((e) => { console.error(e); process.exit(1); })'
  npx tsx --tsconfig=tsconfig.scripts.json -e 'require("./scripts/build-if-needed").buildIfNeeded()'
  # Secrets every instance must share: sessions and sealed links made by one are read by another.
  if [ -z "${NEXTAUTH_SECRET:-}" ]; then
    [ -f "$RUN_DIR/nextauth-secret" ] || (umask 077; openssl rand -base64 32 > "$RUN_DIR/nextauth-secret")
    NEXTAUTH_SECRET=$(cat "$RUN_DIR/nextauth-secret")
  fi
  export NEXTAUTH_SECRET
  export APP_URL=${APP_URL:-http://127.0.0.1:$PORT}
  # Behind exactly one proxy: the client address is the last X-Forwarded-For entry nginx wrote.
  export TRUSTED_PROXY_HOPS=1
  local upstreams=""
  for i in $(seq 1 "$INSTANCES"); do
    local app_port=$((PORT + i))
    # Mail goes through the one worker below; the privacy retention job runs in instance 1 only
    # (twice keeps the data right but may log a conference's anonymisation twice).
    MAIL_SENDER=off PRIVACY_RETENTION=$([ "$i" = 1 ] && echo on || echo off) \
      nohup node scripts/serve.mjs "$app_port" > "$RUN_DIR/app-$i.log" 2>&1 &
    echo $! > "$RUN_DIR/app-$i.pid"
    upstreams+="    server 127.0.0.1:$app_port max_fails=1 fail_timeout=5s;"$'\n'
  done
  nohup node node_modules/tsx/dist/cli.mjs --tsconfig=tsconfig.scripts.json scripts/mail-worker.ts > "$RUN_DIR/mail-worker.log" 2>&1 &
  echo $! > "$RUN_DIR/mail-worker.pid"
  local abs_run; abs_run=$(cd "$RUN_DIR" && pwd)
  awk -v run="$abs_run" -v port="$PORT" -v up="$upstreams" '{ gsub("@RUN_DIR@", run); gsub("@PORT@", port); sub("@UPSTREAMS@", up); print }' deploy/nginx.conf.template > "$RUN_DIR/nginx.conf"
  for i in $(seq 1 "$INSTANCES"); do wait_healthy "http://127.0.0.1:$((PORT + i))/api/health"; done
  nohup "$NGINX" -p "$abs_run" -e "$abs_run/nginx-error.log" -c "$abs_run/nginx.conf" -g "daemon off;" > "$RUN_DIR/nginx.log" 2>&1 &
  echo $! > "$RUN_DIR/nginx.pid"
  wait_healthy "http://127.0.0.1:$PORT/api/health"
  echo "Tagung runs at http://127.0.0.1:$PORT ($INSTANCES instances, one mail worker; logs in $RUN_DIR)."
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
