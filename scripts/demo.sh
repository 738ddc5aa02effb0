#!/usr/bin/env bash
# Set up, analyze one bundled article, then ingest all bundled articles into a store and print
# their timeline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/litopys analyze examples/macron-kyiv-2025-04-10.uk.txt --published 2025-04-10 --format md
mkdir -p build
rm -f build/demo.duckdb
.venv/bin/litopys ingest examples --db build/demo.duckdb
.venv/bin/litopys timeline --db build/demo.duckdb --format md
