#!/usr/bin/env bash
# Runs the side-by-side benchmark (RedisKit vs StackExchange.Redis) in Release against a throwaway
# redis-server on a free loopback port, then stops the server. Extra arguments go to the harness:
#   eng/bench.sh --quick                  a short run (5 rounds of 0.4 s)
#   eng/bench.sh --json results.json      also write the results as JSON
#   eng/bench.sh --interface              also RedisKit called through IRedisClient (what the fakeable seam costs)
#   eng/bench.sh --stores                 the ASP.NET Core stores (output cache hit, key ring read) vs Microsoft's StackExchange.Redis-based ones
#   eng/bench.sh --micro                  the BenchmarkDotNet micro-benchmarks instead (no server needed)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ " $* " == *" --micro "* ]]; then
  exec dotnet run --project tests/RedisKit.Benchmarks -c Release -- "$@"
fi

source eng/throwaway-redis.sh
start_throwaway_redis
if ! build_log=$(dotnet build tests/RedisKit.Benchmarks -c Release -v quiet -nologo 2>&1); then
  echo "$build_log" >&2
  exit 1
fi
dotnet run --project tests/RedisKit.Benchmarks -c Release --no-build -- --url "redis://127.0.0.1:$REDIS_PORT" "$@"
