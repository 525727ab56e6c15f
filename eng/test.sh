#!/usr/bin/env bash
# Builds the solution and runs every test project. Installs redis-server first when it is missing
# (see eng/ensure-redis.sh). Usage: eng/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

bash eng/ensure-redis.sh --always

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore RedisKit.sln
dotnet build RedisKit.sln -c Release --no-restore

hang=()
if [ "${CI:-}" = "true" ]; then
  # A hang becomes a failure with a dump, instead of eating the CI budget.
  hang=(--blame-hang --blame-hang-timeout 5m)
fi

dotnet test RedisKit.sln -c Release --no-build --logger "console;verbosity=normal" "${hang[@]}" "$@"
