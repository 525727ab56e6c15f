#!/usr/bin/env bash
# Records newly added public API of the shipped libraries in their PublicAPI.Unshipped.txt,
# from the PublicApiAnalyzers' RS0016 diagnostics, and drops entries RS0017 reports as removed.
# Usage: eng/update-public-api.sh [project file or folder ...]   (default: every project under src/)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -gt 0 ] || mapfile -t projects < <(ls src/*/*.csproj)
for proj in "${projects[@]}"; do
  if [ -d "$proj" ]; then proj=$(ls "$proj"/*.csproj); fi
  dir=$(dirname "$proj")
  out=$(dotnet build "$proj" -p:RedisKitApiDraft=true --no-incremental 2>&1 || true)
  added=$(grep -oE "warning RS0016: Symbol '.*' is not part of the declared public API" <<<"$out" \
    | sed -E "s/^warning RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
  removed=$(grep -oE "warning RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" <<<"$out" \
    | sed -E "s/^warning RS0017: Symbol '(.*)' is part of the declared API.*$/\1/" | sort -u || true)
  file="$dir/PublicAPI.Unshipped.txt"
  if [ -n "$removed" ]; then
    grep -vxF -f <(printf '%s\n' "$removed") "$file" > "$file.tmp" || true
    mv "$file.tmp" "$file"
  fi
  if [ -n "$added" ]; then
    { tail -n +2 "$file"; printf '%s\n' "$added"; } | grep -v '^$' | sort -u > "$file.tmp"
    { echo '#nullable enable'; cat "$file.tmp"; } > "$file"
    rm -f "$file.tmp"
  fi
  echo "$proj: +$(grep -c . <<<"$added" || true) -$(grep -c . <<<"$removed" || true)"
done
