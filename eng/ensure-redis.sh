#!/usr/bin/env bash
# Makes sure redis-server is on PATH: installs Debian's redis-server package when it is missing and
# this user may (root, or passwordless sudo), otherwise says exactly what to install.
# Nothing to do when REDISKIT_TEST_URL points the tests at a server of their own.
set -euo pipefail

if [ -n "${REDISKIT_TEST_URL:-}" ] && [ "${1:-}" != "--always" ]; then
  exit 0
fi

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then
  echo "redis-server is missing: installing Debian's redis-server package..." >&2
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq >/dev/null
  as_root apt-get install -y -qq --no-install-recommends redis-server >/dev/null
  # The package may start a system service on 6379; the tests start servers of their own.
  as_root service redis-server stop >/dev/null 2>&1 || true
  command -v redis-server >/dev/null 2>&1 && exit 0
fi

cat >&2 <<'MSG'
redis-server was not found and could not be installed here.
Install it and run again:
  Debian/Ubuntu:  sudo apt-get install redis-server
  macOS:          brew install redis
or set REDISKIT_TEST_URL=redis://host:port to run the shared tests against a server of your own
(tests that start, stop or reconfigure servers still need redis-server on PATH).
MSG
exit 1
