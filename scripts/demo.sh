#!/usr/bin/env bash
# Set up, then analyze the bundled example article and print the report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/litopys analyze examples/macron-kyiv-2025-04-10.uk.txt --published 2025-04-10 --format md
