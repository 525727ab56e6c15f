#!/usr/bin/env bash
# Long runs of the protocol mutation fuzzer with a new seed (the normal test run uses fixed seeds).
# Usage: eng/fuzz.sh [cases] [seed]   (defaults: 100000 cases, a random seed)
# A failing run prints "FUZZ FAILURE seed S worker W case C ..." (or "FUZZ CRASH with seed S" if a
# thread died); add S to ProtocolFuzzTests.Seeds so the case stays covered.
set -euo pipefail
cd "$(dirname "$0")/.."

cases="${1:-100000}"
seed="${2:-$(( (RANDOM << 15) | RANDOM ))}"
echo "fuzzing ${cases} cases with seed ${seed}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/RedisKit.Tests -c Release
REDISKIT_FUZZ_CASES="$cases" REDISKIT_FUZZ_SEED="$seed" \
  dotnet test tests/RedisKit.Tests -c Release --no-build \
  --filter "FullyQualifiedName~RedisKit.Tests.Protocol.ProtocolFuzzTests" \
  --logger "console;verbosity=detailed" || { echo "fuzzing failed with seed ${seed}"; exit 1; }
echo "seed ${seed}: ${cases} cases passed"
