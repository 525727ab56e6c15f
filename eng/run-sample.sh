#!/usr/bin/env bash
# Runs a sample against a throwaway redis-server on a free loopback port, then stops the server and
# removes its files, whatever happens.
#   eng/run-sample.sh                 the quickstart console sample
#   eng/run-sample.sh --web [PORT]    the ASP.NET Core sample on loopback port PORT (default 5080)
#                                     until Ctrl-C; add --telemetry to print spans and metrics
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/throwaway-redis.sh

web=false port=5080 telemetry=false
while [ $# -gt 0 ]; do
  case "$1" in
    --web) web=true; if [[ "${2:-}" =~ ^[0-9]+$ ]]; then port=$2; shift; fi ;;
    --telemetry) telemetry=true ;;
    *) echo "usage: eng/run-sample.sh [--web [PORT]] [--telemetry]" >&2; exit 2 ;;
  esac
  shift
done

start_throwaway_redis
echo "redis-server listening on 127.0.0.1:$REDIS_PORT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The sample runs in its own process group (dotnet run and the app it starts), in the background,
# so that a TERM or INT sent to this script (kill by PID, Ctrl-C) reaches both and the throwaway
# redis-server stops after them; a foreground child would leave the app listening on its port.
_app_pid=
_stop_app() {
  if [ -n "$_app_pid" ] && kill -0 "$_app_pid" 2>/dev/null; then
    kill -TERM -- "-$_app_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 -- "-$_app_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$_app_pid" 2>/dev/null || true
    wait "$_app_pid" 2>/dev/null || true
  fi
  _app_pid=
}
trap '_stop_app; _stop_throwaway_redis' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

if [ "$web" = true ]; then
  echo "web sample on loopback port $port: try curl 127.0.0.1:$port/healthz (Ctrl-C stops it)"
  setsid dotnet run --project samples/RedisKit.Samples.AspNetCore -c Release -- \
    --Sample:Port "$port" --ConnectionStrings:redis "redis://127.0.0.1:$REDIS_PORT" --Telemetry:Console "$telemetry" &
else
  setsid dotnet run --project samples/RedisKit.Samples.Quickstart -c Release -- "redis://127.0.0.1:$REDIS_PORT" &
fi
_app_pid=$!
wait "$_app_pid"
