#!/usr/bin/env bash
# Runs the quickstart sample against a throwaway redis-server on a free loopback port, then stops
# the server and removes its files, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/throwaway-redis.sh

start_throwaway_redis
echo "redis-server listening on 127.0.0.1:$REDIS_PORT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet run --project samples/RedisKit.Samples.Quickstart -c Release -- "redis://127.0.0.1:$REDIS_PORT"
