#!/usr/bin/env bash
# Measures how long the embedded portal takes from process start to /health/ready answering 200,
# on a new (empty) SQLite file and again on the existing one, and its resident memory once ready.
# Usage: bench/startup/measure.sh [runs]   (builds once, then runs the built portal)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-3}"
port=5099
dotnet build "$root/src/SecurityPortal.Web" -c Release --nologo -v quiet -clp:ErrorsOnly
dll="$root/src/SecurityPortal.Web/bin/Release/net10.0/SecurityPortal.Web.dll"

start_once() { # data-dir -> prints "<ms-to-ready> <rss-kb>"
  local data="$1" begin pid ms rss
  begin=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Database__SqliteFile="$data/portal.db" Database__JobsSqliteFile="$data/jobs.db" \
    Portal__Logs__Directory="$data/logs" Portal__Demo__Password="Bench-Passw0rd!" \
    dotnet "$dll" --contentRoot "$root/src/SecurityPortal.Web" >"$data/out.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "portal exited early; see $data/out.log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - begin) / 1000000 ))
  rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms $rss"
}

echo "run,first_start_ms,first_rss_kb,restart_ms,restart_rss_kb"
for i in $(seq 1 "$runs"); do
  data="$(mktemp -d)"
  read -r cold cold_rss < <(start_once "$data")
  read -r warm warm_rss < <(start_once "$data")
  echo "$i,$cold,$cold_rss,$warm,$warm_rss"
  rm -rf "$data"
done
