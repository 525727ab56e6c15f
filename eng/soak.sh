#!/usr/bin/env bash
# Soaks the client: mixed load from 64 callers against a throwaway redis-server on a free loopback
# port, with every normal client connection killed every 2 s and pub/sub traffic alongside, printing
# memory, threads, connections and error counts as it goes. Fails on a wrong reply, a lost
# acknowledged write, a pub/sub gap or duplicate, an unexpected error, or growth.
#   eng/soak.sh [minutes] [extra harness arguments: --callers N --kill-every SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
minutes=${1:-10}
shift || true

source eng/throwaway-redis.sh
start_throwaway_redis
dotnet build tests/RedisKit.Soak -c Release -v quiet -nologo >/dev/null
dotnet run --project tests/RedisKit.Soak -c Release --no-build -- --url "redis://127.0.0.1:$REDIS_PORT" --minutes "$minutes" "$@"
