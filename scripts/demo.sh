#!/usr/bin/env bash
# Set up, then analyze the bundled example article and print the report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/litopys analyze examples/zelensky-merz-2025-05-29.uk.txt --published 2025-05-29 --format md
