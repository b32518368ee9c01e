# shellcheck shell=bash
# A Neon-shaped PostgreSQL for the test suite, on Debian's postgresql-15 cluster 15/main:
#   - TLS with a CA made here (never in git), scram-sha-256, a password role `katagen` that may only
#     log in over TLS (like Neon);
#   - PgBouncer (Debian's, 1.18) in front of it in transaction pooling mode with TLS and scram-sha-256,
#     like Neon's `-pooler` host, with a `*` entry so every database (one per pooled test) is reachable.
# Sourced, so its exports reach `npm test`:  `source .ci/postgres.sh && npm test`  (root or sudo -n).
# Exports TEST_DATABASE_URL (direct, in Neon's URL format), TEST_DATABASE_POOLED_URL (PgBouncer),
# TEST_DATABASE_CA_FILE and NODE_EXTRA_CA_CERTS (pg's sslmode=require verifies the certificate).
# Setup problems are logged as WARNING and never stop the caller; running it again is harmless.

katagen_pg_setup() {
  local dir="${KATAGEN_PG_DIR:-/tmp/katagen-ci-postgres}"
  local pg_port=5432 bouncer_port="${KATAGEN_PGBOUNCER_PORT:-6432}"
  local conf=/etc/postgresql/15/main
  local role=katagen db=katagen_test
  # A throw-away password for a loopback-only test role on the CI machine's own cluster, not a secret.
  # secretlint-disable-next-line
  local password="katagen-ci-only"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo -n"
  _kpg_say() { printf '\n[ci] %s\n' "$*"; }
  _kpg_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }

  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d "$conf" ]; then
    _kpg_say "WARNING: PostgreSQL 15 (cluster 15/main) not found; only SQLite is tested"
    return 0
  fi
  if ! command -v pgbouncer >/dev/null 2>&1; then
    _kpg_say "installing Debian pgbouncer"
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq pgbouncer; } ||
      _kpg_say "WARNING: could not install pgbouncer; the pooled PostgreSQL variant is not tested"
  fi

  # --- Certificates: a CA and a server certificate for 127.0.0.1/localhost, reused while valid ---------
  $sudo mkdir -p "$dir" && $sudo chown postgres:postgres "$dir" && $sudo chmod 755 "$dir" || {
    _kpg_say "WARNING: cannot create $dir; PostgreSQL is not set up"
    return 0
  }
  if ! _kpg_as_pg openssl verify -CAfile "$dir/ca.crt" "$dir/server.crt" >/dev/null 2>&1 ||
    ! _kpg_as_pg openssl x509 -checkend 86400 -noout -in "$dir/server.crt" >/dev/null 2>&1; then
    _kpg_say "making a test CA and server certificate in $dir"
    _kpg_as_pg sh -c "
      set -e; cd '$dir'; umask 077
      openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 30 -keyout ca.key -out ca.crt \
        -subj '/CN=Katagen CI test CA' -addext 'basicConstraints=critical,CA:TRUE' \
        -addext 'keyUsage=critical,keyCertSign,cRLSign' 2>/dev/null
      openssl req -newkey rsa:2048 -nodes -sha256 -keyout server.key -out server.csr -subj '/CN=localhost' 2>/dev/null
      printf 'subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' > server.ext
      openssl x509 -req -sha256 -days 30 -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial \
        -extfile server.ext -out server.crt 2>/dev/null
      chmod 644 ca.crt server.crt
    " || _kpg_say "WARNING: could not make certificates in $dir"
  fi

  # --- PostgreSQL 15: TLS, scram-sha-256, TLS-only password login for the test role -------------------
  $sudo tee "$conf/conf.d/katagen-ci.conf" >/dev/null <<EOF || _kpg_say "WARNING: cannot write $conf/conf.d"
# Written by .ci/postgres.sh (Katagen test setup).
ssl = on
ssl_cert_file = '$dir/server.crt'
ssl_key_file = '$dir/server.key'
password_encryption = 'scram-sha-256'
EOF
  local hba="$conf/pg_hba.conf"
  if [ -f "$hba" ]; then
    # Replace our block (first, so it wins over the distribution's lines) and keep the rest.
    $sudo sh -c "
      { printf '%s\n' '# katagen-ci begin (written by .ci/postgres.sh)' \
          'hostnossl all $role 127.0.0.1/32 reject' 'hostnossl all $role ::1/128 reject' \
          'hostssl all $role 127.0.0.1/32 scram-sha-256' 'hostssl all $role ::1/128 scram-sha-256' \
          '# katagen-ci end'
        sed '/^# katagen-ci begin/,/^# katagen-ci end/d' '$hba'; } > '$hba.katagen' && cat '$hba.katagen' > '$hba' && rm -f '$hba.katagen'
    " || _kpg_say "WARNING: cannot update $hba"
  fi
  if pg_lsclusters 2>/dev/null | awk '$1 == "15" && $2 == "main" { print $4 }' | grep -q online; then
    $sudo pg_ctlcluster 15 main reload || _kpg_say "WARNING: could not reload PostgreSQL 15"
  else
    _kpg_say "starting PostgreSQL 15"
    $sudo pg_ctlcluster 15 main start || _kpg_say "WARNING: could not start PostgreSQL 15"
  fi

  # CREATEDB: the pooled test variant copies a migrated template database per test (test-db.ts).
  _kpg_as_pg psql -q -v ON_ERROR_STOP=1 -v role="$role" -v pw="$password" -v db="$db" >/dev/null <<'EOF' ||
SET password_encryption = 'scram-sha-256';
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'role') \gexec
EOF
    _kpg_say "WARNING: could not create role $role / database $db"

  # --- PgBouncer: transaction pooling, TLS and scram-sha-256 on the client side -------------------------
  if command -v pgbouncer >/dev/null 2>&1; then
    _kpg_as_pg sh -c "
      umask 077
      printf '\"%s\" \"%s\"\n' '$role' '$password' > '$dir/userlist.txt'
      cat > '$dir/pgbouncer.ini' <<EOF
; Written by .ci/postgres.sh: a stand-in for Neon's -pooler host.
[databases]
* = host=127.0.0.1 port=$pg_port
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $bouncer_port
unix_socket_dir =
pidfile = $dir/pgbouncer.pid
logfile = $dir/pgbouncer.log
pool_mode = transaction
auth_type = scram-sha-256
auth_file = $dir/userlist.txt
client_tls_sslmode = require
client_tls_cert_file = $dir/server.crt
client_tls_key_file = $dir/server.key
server_tls_sslmode = verify-full
server_tls_ca_file = $dir/ca.crt
max_client_conn = 1000
default_pool_size = 10
; One pool per test database; let pools of dropped databases go quickly.
autodb_idle_timeout = 30
server_login_retry = 1
; Lets tests read SHOW CONFIG (pool_mode) through the admin console.
stats_users = $role
EOF
    " || _kpg_say "WARNING: cannot write the PgBouncer configuration in $dir"
    local pid=""
    [ -f "$dir/pgbouncer.pid" ] && pid="$(cat "$dir/pgbouncer.pid" 2>/dev/null)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      # Our PgBouncer from an earlier run: reload the (rewritten) configuration and keep it.
      _kpg_as_pg kill -HUP "$pid" 2>/dev/null || true
    else
      _kpg_as_pg pgbouncer -d "$dir/pgbouncer.ini" >/dev/null 2>&1 || _kpg_say "WARNING: could not start PgBouncer (see $dir/pgbouncer.log)"
    fi
  fi

  # --- Exports ---------------------------------------------------------------------------------------------
  local auth="$role:$password"
  export TEST_DATABASE_CA_FILE="$dir/ca.crt"
  # NODE_EXTRA_CA_CERTS holds one file, and the machine may already use it (for instance for a registry
  # proxy's CA): extend that bundle with ours instead of replacing it, or npm on Node loses the registry.
  local bundle="$dir/node-extra-ca.crt"
  if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -r "$NODE_EXTRA_CA_CERTS" ] && [ "$NODE_EXTRA_CA_CERTS" != "$bundle" ]; then
    cat "$NODE_EXTRA_CA_CERTS" "$dir/ca.crt" >"$bundle"
  elif [ "${NODE_EXTRA_CA_CERTS:-}" != "$bundle" ]; then
    cp "$dir/ca.crt" "$bundle"
  fi
  export NODE_EXTRA_CA_CERTS="$bundle"
  export TEST_DATABASE_URL="postgresql://$auth@127.0.0.1:$pg_port/$db?sslmode=require&channel_binding=require"
  export TEST_DATABASE_POOLED_URL="postgresql://$auth@127.0.0.1:$bouncer_port/$db?sslmode=require"
  local url shown
  for url in "$TEST_DATABASE_URL" "$TEST_DATABASE_POOLED_URL"; do
    shown="${url/:$password@/:***@}"
    # libpq verifies like pg does once it has the CA.
    if PGSSLROOTCERT="$dir/ca.crt" PGCONNECT_TIMEOUT=5 psql "${url/sslmode=require/sslmode=verify-full}" -w -qAt \
      -c "select 1" >/dev/null 2>&1; then
      _kpg_say "PostgreSQL ready: $shown"
    else
      _kpg_say "WARNING: cannot connect to $shown; PostgreSQL suites will report it"
    fi
  done
}

katagen_pg_setup
unset -f katagen_pg_setup _kpg_as_pg _kpg_say
