#!/usr/bin/env bash
# Configures and builds Candor with a CMake preset (debug, release or asan; default release).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"
