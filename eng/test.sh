#!/usr/bin/env bash
# Builds the solution and runs every test project. Installs redis-server first when it is missing
# (see eng/ensure-redis.sh). Usage: eng/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

bash eng/ensure-redis.sh --always

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore RedisKit.sln
dotnet build RedisKit.sln -c Release --no-restore

# Layout the build does not check: whitespace and the order of using directives (IDE0055 selects the
# formatters only). Every other style and analyzer rule is already an error in the build
# (EnforceCodeStyleInBuild, TreatWarningsAsErrors), so the style and analyzer passes of `dotnet format` would
# only repeat that work in more time. Fix locally with the same command without --verify-no-changes.
dotnet format RedisKit.sln --verify-no-changes --no-restore --diagnostics IDE0055

hang=()
if [ "${CI:-}" = "true" ]; then
  # A hang becomes a failure with a dump, instead of eating the CI budget.
  hang=(--blame-hang --blame-hang-timeout 5m)
fi

dotnet test RedisKit.sln -c Release --no-build --logger "console;verbosity=normal" "${hang[@]}" "$@"
