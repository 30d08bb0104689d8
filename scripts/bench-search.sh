#!/usr/bin/env bash
# Search latency, both sides: the static page's script under node and Lucene in .NET, over the eval queries.
# Builds the site first so the client indexes are current. Figures are recorded in docs/benchmarks.md ("Search").
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-50}"
dotnet run --project generator -- build >/dev/null
node scripts/bench-search.mjs _site "$rounds"
dotnet run scripts/bench-lucene.cs -- "$rounds"
