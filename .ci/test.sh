#!/usr/bin/env bash
# Runs every test: unit tests, Arquillian integration tests on embedded GlassFish (Derby, then a real
# PostgreSQL server), and browser tests in headless Debian Chromium against the deployed EAR.
# As root on a fresh machine it first installs and starts what the tests need (.ci/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash .ci/setup.sh
status=0
mvn -B clean verify "$@" || status=$?
# The attack suite's figures, one line each (the tests write them to their report files).
if compgen -G "ear/target/failsafe-reports-*/*AttackSuiteIT-output.txt" > /dev/null; then
  echo "Attack suite:"
  grep -h -E "attempts|writes|checks|executed|next request|sessions started|accepted" ear/target/failsafe-reports-*/*AttackSuiteIT-output.txt \
    ear/target/failsafe-reports-*/*AuthorisationMatrixIT-output.txt \
    ear/target/failsafe-reports-*/*AnonymousSessionIT-output.txt \
    ear/target/failsafe-reports-*/*XssBrowserIT-output.txt \
    ear/target/failsafe-reports-*/*SessionBrowserIT-output.txt 2>/dev/null | sed 's/^/  /' || true
fi
# The data-safety figures (backup restored, database outage), one line each.
if compgen -G "*/target/failsafe-reports-*/*-output.txt" > /dev/null; then
  echo "Data safety:"
  grep -h -E "^(Backup restored|Database outage|kill -9|Two servers)" */target/failsafe-reports-*/*BackupIT-output.txt \
    */target/failsafe-reports-*/*DatabaseOutageIT-output.txt \
    */target/failsafe-reports-*/*CrashIT-output.txt \
    */target/failsafe-reports-*/*TwoNodesIT-output.txt 2>/dev/null | sed 's/^/  /' || true
fi
# The benchmarks' smoke run (XS data set, a few seconds per scenario; figures, not targets).
if compgen -G "bench/target/failsafe-reports-bench/*BenchIT-output.txt" > /dev/null; then
  echo "Benchmark scenarios (XS data set, 3 s each, beside nothing else; see bench/RESULTS.md for S):"
  sed -n '/^scenario /,/^$/p' bench/target/failsafe-reports-bench/*BenchIT-output.txt | sed 's/^/  /' || true
fi
exit $status
