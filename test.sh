#!/usr/bin/env bash
# Runs every test project of SecurityPortal on a machine that has only the .NET SDK:
# builds the solution, installs Debian's Chromium (for the browser tests; or uses
# PLAYWRIGHT_CHROMIUM_EXECUTABLE) and poppler-utils (pdfsig, for the signed exports) when they
# are missing, runs the tests, and ends with the totals line
#   tests: N passed, N failed, N skipped
# It also checks formatting against .editorconfig (a difference counts as one failure).
# Exit code: 0 only when everything built, formatting is clean and every test passed.
set -uo pipefail
cd "$(dirname "$0")"
root="$PWD"
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

summary() { echo "tests: $1 passed, $2 failed, $3 skipped"; }

# Debian packages the tests need: Chromium for the Playwright journeys (Playwright's own browser download
# cannot work here) and poppler-utils, whose pdfsig checks the signatures of exported PDFs.
missing=()
if [ -z "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if ! command -v pdfsig >/dev/null 2>&1; then missing+=(poppler-utils); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the tests."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  if ! { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    echo "Could not install ${missing[*]} with apt-get; install them (or set PLAYWRIGHT_CHROMIUM_EXECUTABLE)."
    summary 0 1 0
    exit 1
  fi
fi
if [ -z "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-}" ]; then
  PLAYWRIGHT_CHROMIUM_EXECUTABLE="$(command -v chromium)"
  export PLAYWRIGHT_CHROMIUM_EXECUTABLE
fi
export PORTAL_SCREENSHOTS_DIR="$results/screenshots"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "Building the solution..."
if ! dotnet build SecurityPortal.sln --nologo -v quiet -clp:ErrorsOnly; then
  echo "The build failed (counted as one failure)."
  summary 0 1 0
  exit 1
fi

status=0
format_failed=0
echo "Checking formatting (dotnet format --verify-no-changes)..."
if ! dotnet format SecurityPortal.sln --verify-no-changes --no-restore -v quiet; then
  echo "Formatting differs from .editorconfig: run 'dotnet format SecurityPortal.sln' (counted as one failure)."
  format_failed=1
fi

for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  echo "Running $name..."
  dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" --blame-hang-timeout 5m || status=1
done

# Totals from the TRX reports, one per test project.
read -r passed failed skipped < <(
  cat "$results"/*.trx 2>/dev/null | tr ' ' '\n' | awk -F'"' '
    /^passed=/ { p += $2 } /^failed=/ { f += $2 } /^error=/ { f += $2 } /^timeout=/ { f += $2 }
    /^aborted=/ { f += $2 } /^notExecuted=/ { s += $2 }
    END { printf "%d %d %d\n", p, f, s }')

failed=$((failed + format_failed))
reports=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "The test run itself failed ($reports TRX report(s) written); counted as one failure."
  failed=1
fi
summary "$passed" "$failed" "$skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
