#!/usr/bin/env bash
# SQLAlchemy 1.4's own performance suite (examples/performance) on PostgreSQL, for the side-by-side
# table in BENCHMARKS.md. A manual benchmark like BenchMain: nothing in CI runs it.
#
# Debian's python3-sqlalchemy (+ its C extensions), python3-psycopg2 and python-sqlalchemy-doc (which
# ships examples/performance) are fetched with `apt-get download` and unpacked with `dpkg -x` into a
# cache folder; nothing is installed system-wide. The suite then runs with Debian's own python3, the
# interpreter those packages are built for, each suite --runs times; compare.py prints the medians.
#
# Usage: run.sh [--dburl postgresql://user@host:port/db] [--runs 3] [--num [SUITE=]N ...] [--java FILE]
#               [--markdown FILE] [--from-log FILE] [suite ...]
#   suites: bulk_inserts single_inserts short_selects large_resultsets (default: all four), each at
#   its own default size (100000, 10000, 10000, 500000) unless --num N (all) or --num SUITE=N says otherwise
#   --java FILE   a Markdown file written by `BenchMain --db postgresql --markdown FILE`: adds the
#                 SQLAlchemy-versus-Java table with the nearest Java variant of every test
#   --from-log F  tabulate the saved output of an earlier run (also one cut short) instead of running
# Environment: ATHANOR_BENCH_SQLALCHEMY_URL (default postgresql://postgres@127.0.0.1:5432/test, the Java
# bench's default database), ATHANOR_BENCH_SQLALCHEMY_CACHE (default orm-engine/target/bench-sqlalchemy).
# The suite drops and recreates a table named `customer` in that database: point it at one of your own.
# Needs Debian 12 (bookworm) or a Debian whose python3 matches the packages, and apt's package lists
# (`apt-get update` once).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
CACHE="${ATHANOR_BENCH_SQLALCHEMY_CACHE:-$HERE/../../../target/bench-sqlalchemy}"
PYTHON=/usr/bin/python3
PACKAGES=(python3-sqlalchemy python3-sqlalchemy-ext python3-psycopg2 python-sqlalchemy-doc)

fail() {
  echo "run.sh: $*" >&2
  exit 1
}

command -v apt-get >/dev/null && command -v dpkg >/dev/null || fail "needs Debian's apt-get and dpkg"
[ -x "$PYTHON" ] || fail "needs Debian's python3 at $PYTHON (the packages are built for it)"

# psycopg2 links against libpq; take Debian's too when the machine has none
if ! /sbin/ldconfig -p 2>/dev/null | grep -q 'libpq\.so\.5 '; then
  PACKAGES+=(libpq5)
fi

mkdir -p "$CACHE/debs"
CACHE="$(cd "$CACHE" && pwd)"
ROOT="$CACHE/root"

# Download once; a package already in the cache (any version) is not fetched again.
for package in "${PACKAGES[@]}"; do
  if ! ls "$CACHE/debs/${package}_"*.deb >/dev/null 2>&1; then
    echo "Downloading $package"
    (cd "$CACHE/debs" && apt-get download -q "$package" 2>&1 | grep -v '^W: Download is performed unsandboxed') \
      || true
    ls "$CACHE/debs/${package}_"*.deb >/dev/null 2>&1 \
      || fail "apt-get download $package failed (run 'apt-get update' once if apt has no package lists)"
  fi
done

# Unpack into a private root every time the set of .deb files changes.
stamp="$(ls "$CACHE/debs" | sort | tr '\n' ' ')"
if [ ! -f "$ROOT/.unpacked" ] || [ "$(cat "$ROOT/.unpacked")" != "$stamp" ]; then
  rm -rf "$ROOT"
  mkdir -p "$ROOT"
  for deb in "$CACHE"/debs/*.deb; do
    dpkg -x "$deb" "$ROOT"
  done
  echo "$stamp" > "$ROOT/.unpacked"
fi

# dist-packages first, so an installed SQLAlchemy of another version cannot shadow the unpacked one;
# the doc package's folder holds the `examples` package the suite is run from.
export PYTHONPATH="$ROOT/usr/lib/python3/dist-packages:$ROOT/usr/share/doc/python-sqlalchemy-doc"
export LD_LIBRARY_PATH="$ROOT/usr/lib/$(uname -m)-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
"$PYTHON" - <<'EOF' || fail "the unpacked packages do not load in $PYTHON ($("$PYTHON" --version)); they are built for Debian's own python3"
import psycopg2, sqlalchemy, examples.performance
EOF

exec "$PYTHON" "$HERE/compare.py" --dburl "${ATHANOR_BENCH_SQLALCHEMY_URL:-postgresql://postgres@127.0.0.1:5432/test}" "$@"
