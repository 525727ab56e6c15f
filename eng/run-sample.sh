#!/usr/bin/env bash
# Runs the quickstart sample against a throwaway redis-server on a free loopback port, then stops
# the server and removes its files, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

bash eng/ensure-redis.sh --always

workdir=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=
for _ in $(seq 1 50); do
  candidate=$(( 20000 + RANDOM % 30000 ))
  if ! port_in_use "$candidate"; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free loopback port found" >&2; exit 1; }

redis-server --port "$port" --bind 127.0.0.1 --dir "$workdir" --save '' --appendonly no \
  --daemonize no --logfile "$workdir/redis.log" &
pid=$!

for _ in $(seq 1 100); do
  if port_in_use "$port"; then break; fi
  kill -0 "$pid" 2>/dev/null || { echo "redis-server failed to start:" >&2; cat "$workdir/redis.log" >&2; exit 1; }
  sleep 0.1
done

echo "redis-server listening on 127.0.0.1:$port"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet run --project samples/RedisKit.Samples.Quickstart -c Release -- "redis://127.0.0.1:$port"
