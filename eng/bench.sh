#!/usr/bin/env bash
# Runs the side-by-side benchmark (RedisKit vs StackExchange.Redis) in Release against a throwaway
# redis-server on a free loopback port, then stops the server. Extra arguments go to the harness:
#   eng/bench.sh --quick                  a short run (5 rounds of 0.4 s)
#   eng/bench.sh --json results.json      also write the results as JSON
#   eng/bench.sh --micro                  the BenchmarkDotNet micro-benchmarks instead (no server needed)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ " $* " == *" --micro "* ]]; then
  exec dotnet run --project tests/RedisKit.Benchmarks -c Release -- "$@"
fi

bash eng/ensure-redis.sh --always
workdir=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
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

redis-server --port "$port" --bind 127.0.0.1 --dir "$workdir" --save '' --appendonly no --daemonize no \
  --logfile "$workdir/redis.log" &
pid=$!
for _ in $(seq 1 100); do
  port_in_use "$port" && break
  kill -0 "$pid" 2>/dev/null || { cat "$workdir/redis.log" >&2; exit 1; }
  sleep 0.1
done

dotnet build tests/RedisKit.Benchmarks -c Release -v quiet -nologo >/dev/null
dotnet run --project tests/RedisKit.Benchmarks -c Release --no-build -- --url "redis://127.0.0.1:$port" "$@"
