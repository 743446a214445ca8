#!/usr/bin/env bash
# Runs every test: unit tests, Arquillian integration tests on embedded GlassFish (Derby, then a real
# PostgreSQL server), and browser tests in headless Debian Chromium against the deployed EAR.
# As root on a fresh machine it first installs and starts what the tests need (.ci/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash .ci/setup.sh
exec mvn -B clean verify "$@"
