#!/usr/bin/env bash
# Private PostgreSQL servers for the scale-out tests (issue 19), made with Debian's cluster tools:
#   primary  athanor_primary  on PORT_BASE      (wal_level replica, replication allowed from 127.0.0.1)
#   replica  athanor_replica  on PORT_BASE+1    (pg_basebackup -R of the primary: streaming standby)
#   replica2 athanor_replica2 on PORT_BASE+4    (a second standby, only with ATHANOR_SCALE_REPLICAS=2: benchmarks)
#   shards   athanor_shard_a/b on PORT_BASE+2/+3
#   PgBouncer (transaction pooling) on BOUNCER_PORT in front of the primary, files under /tmp.
# Usage: scale-clusters.sh start|stop|status|stop-replica|start-replica. Idempotent: start leaves running servers alone.
# It never touches any other cluster (the shared one on 5432 included). Runs as root.
set -euo pipefail

VERSION="${ATHANOR_SCALE_PG_VERSION:-15}"
PORT_BASE="${ATHANOR_SCALE_PORT_BASE:-5440}"
BOUNCER_PORT="${ATHANOR_SCALE_BOUNCER_PORT:-6440}"
PRIMARY=athanor_primary
REPLICA=athanor_replica
REPLICA2=athanor_replica2
SHARDS=(athanor_shard_a athanor_shard_b)
BOUNCER_DIR="/tmp/athanor-pgbouncer-$BOUNCER_PORT"

cluster_exists() { [ -d "/etc/postgresql/$VERSION/$1" ]; }
cluster_online() { pg_lsclusters -h "$VERSION" "$1" 2>/dev/null | grep -q online; }
ctl() { pg_ctlcluster --skip-systemctl-redirect "$VERSION" "$1" "$2"; }

# throwaway test servers: durability traded for speed; set at creation so no restart is needed
TUNING=(-o listen_addresses=localhost -o fsync=off -o synchronous_commit=off -o full_page_writes=off
        -o shared_buffers=32MB -o max_connections=50)

start_cluster() { # name
  cluster_online "$1" || ctl "$1" start
}

create_plain() { # name port [more pg_createcluster options]
  local name=$1 port=$2
  shift 2
  if ! cluster_exists "$name"; then
    pg_createcluster "$VERSION" "$name" --port "$port" "${TUNING[@]}" "$@" -- --auth=trust --no-sync >/dev/null
  fi
  start_cluster "$name"
}

create_primary() {
  create_plain "$PRIMARY" "$PORT_BASE" -o wal_level=replica -o max_wal_senders=5
}

# The replica's data directory is a base backup of the primary (-R writes standby.signal and
# primary_conninfo); pg_createcluster then adopts that existing directory instead of running initdb.
create_replica() { # name port
  local name=$1 port=$2
  if ! cluster_exists "$name"; then
    local data="/var/lib/postgresql/$VERSION/$name"
    rm -rf "$data"
    install -d -o postgres -g postgres -m 700 "$data"
    su postgres -c "pg_basebackup -h 127.0.0.1 -p $PORT_BASE -U postgres -D $data -R -X stream -c fast"
    # Debian keeps configuration in /etc, so the backup has none; pg_createcluster moves these there
    install -o postgres -g postgres -m 644 /dev/null "$data/postgresql.conf"
    install -o postgres -g postgres -m 640 "/etc/postgresql/$VERSION/$PRIMARY/pg_hba.conf" "$data/pg_hba.conf"
    install -o postgres -g postgres -m 640 "/etc/postgresql/$VERSION/$PRIMARY/pg_ident.conf" "$data/pg_ident.conf"
    pg_createcluster "$VERSION" "$name" --port "$port" --datadir "$data" "${TUNING[@]}" >/dev/null
  fi
  start_cluster "$name"
}

start_bouncer() {
  if [ -f "$BOUNCER_DIR/pgbouncer.pid" ] && kill -0 "$(cat "$BOUNCER_DIR/pgbouncer.pid")" 2>/dev/null; then
    return
  fi
  command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ] || {
    echo "pgbouncer is not installed (apt-get install -y pgbouncer)" >&2; exit 3; }
  mkdir -p "$BOUNCER_DIR"
  chown postgres "$BOUNCER_DIR"
  echo '"postgres" ""' >"$BOUNCER_DIR/userlist.txt"
  cat >"$BOUNCER_DIR/pgbouncer.ini" <<EOF
[databases]
* = host=127.0.0.1 port=$PORT_BASE connect_query='SET IntervalStyle TO iso_8601'
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir =
auth_type = trust
auth_file = $BOUNCER_DIR/userlist.txt
pool_mode = transaction
max_client_conn = 100
default_pool_size = 5
ignore_startup_parameters = extra_float_digits,options
pidfile = $BOUNCER_DIR/pgbouncer.pid
logfile = $BOUNCER_DIR/pgbouncer.log
EOF
  chown postgres "$BOUNCER_DIR"/*
  su postgres -s /bin/sh -c "/usr/sbin/pgbouncer -d $BOUNCER_DIR/pgbouncer.ini"
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$BOUNCER_PORT") 2>/dev/null && return
    sleep 0.1
  done
  echo "PgBouncer did not start; see $BOUNCER_DIR/pgbouncer.log" >&2
  exit 1
}

stop_bouncer() {
  if [ -f "$BOUNCER_DIR/pgbouncer.pid" ]; then
    kill "$(cat "$BOUNCER_DIR/pgbouncer.pid")" 2>/dev/null || true
  fi
  rm -rf "$BOUNCER_DIR"
}

case "${1:-}" in
  start)
    command -v pg_createcluster >/dev/null || { echo "pg_createcluster missing (postgresql-common)" >&2; exit 3; }
    create_primary
    create_replica "$REPLICA" "$((PORT_BASE + 1))"
    if [ "${ATHANOR_SCALE_REPLICAS:-1}" = 2 ]; then create_replica "$REPLICA2" "$((PORT_BASE + 4))"; fi
    create_plain "${SHARDS[0]}" "$((PORT_BASE + 2))"
    create_plain "${SHARDS[1]}" "$((PORT_BASE + 3))"
    start_bouncer
    ;;
  stop)
    stop_bouncer
    for name in "$REPLICA" "$REPLICA2" "${SHARDS[@]}" "$PRIMARY"; do
      if cluster_exists "$name"; then pg_dropcluster --stop "$VERSION" "$name"; fi
    done
    ;;
  stop-replica) ctl "$REPLICA" stop ;;
  start-replica) start_cluster "$REPLICA" ;;
  status) pg_lsclusters ;;
  *) echo "usage: $0 start|stop|status|stop-replica|start-replica" >&2; exit 2 ;;
esac
