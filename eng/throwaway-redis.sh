# Sourced by eng/run-sample.sh and eng/bench.sh: starts a redis-server on a free loopback port in a
# temporary directory, sets REDIS_PORT, and stops the server and removes the directory on exit.
# shellcheck shell=bash

start_throwaway_redis() {
  bash "$(dirname "${BASH_SOURCE[0]}")/ensure-redis.sh" --always
  _redis_dir=$(mktemp -d)
  _redis_pid=
  trap _stop_throwaway_redis EXIT

  REDIS_PORT=
  local candidate
  for _ in $(seq 1 50); do
    candidate=$(( 20000 + RANDOM % 30000 ))
    if ! _port_in_use "$candidate"; then REDIS_PORT=$candidate; break; fi
  done
  [ -n "$REDIS_PORT" ] || { echo "no free loopback port found" >&2; exit 1; }

  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$_redis_dir" --save '' --appendonly no \
    --daemonize no --logfile "$_redis_dir/redis.log" "$@" &
  _redis_pid=$!
  for _ in $(seq 1 100); do
    _port_in_use "$REDIS_PORT" && return 0
    kill -0 "$_redis_pid" 2>/dev/null || { echo "redis-server failed to start:" >&2; cat "$_redis_dir/redis.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "redis-server did not start listening on 127.0.0.1:$REDIS_PORT" >&2
  exit 1
}

_port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

_stop_throwaway_redis() {
  if [ -n "${_redis_pid:-}" ] && kill -0 "$_redis_pid" 2>/dev/null; then
    kill "$_redis_pid" 2>/dev/null || true
    wait "$_redis_pid" 2>/dev/null || true
  fi
  rm -rf "${_redis_dir:-/nonexistent-rediskit}"
}
