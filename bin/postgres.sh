# Sourced by .ci/run: finds PostgreSQL 15+ (Debian's postgresql package, /usr/lib/postgresql/N/bin) for the
# store-postgres tests, which start a throwaway cluster of their own with initdb and pg_ctl (never the system's
# cluster). As root on Debian or Ubuntu it installs the package, without creating or starting the package's own
# "main" cluster. When PostgreSQL is there, STORYLINE_REQUIRE_POSTGRES=1 makes those tests fail instead of skip.

storyline_find_postgres() {
  local bin
  for bin in /usr/lib/postgresql/*/bin; do
    [ -x "$bin/initdb" ] || continue
    [ "$(basename "$(dirname "$bin")")" -ge 15 ] 2>/dev/null && return 0
  done
  [ -n "${STORYLINE_PG_BIN:-}" ] && [ -x "$STORYLINE_PG_BIN/initdb" ]
}

storyline_need_postgres() {
  if ! storyline_find_postgres && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "Installing PostgreSQL for the store-postgres tests (apt-get install postgresql)"
    if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
      # The tests make their own cluster; the package's default one would be a server left running.
      mkdir -p /etc/postgresql-common && echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
    fi
    if ! storyline_wait_for_dpkg 300; then
      echo "storyline: the package lock is still held by another apt or dpkg after 5 minutes; not installing" >&2
    elif ! (apt-get -o DPkg::Lock::Timeout=300 update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=300 install -y -qq postgresql) > /tmp/storyline-apt-pg.log 2>&1; then
      echo "storyline: apt-get could not install postgresql (its messages: /tmp/storyline-apt-pg.log)" >&2
    fi
  fi
  if storyline_find_postgres; then
    export STORYLINE_REQUIRE_POSTGRES=1
    return 0
  fi
  echo "SKIPPING the PostgreSQL store tests: PostgreSQL 15+ was not found in /usr/lib/postgresql/N/bin" \
       "(Debian/Ubuntu: sudo apt-get install postgresql; or set STORYLINE_PG_BIN)." >&2
  return 0
}
