#!/usr/bin/env bash
# Prints the load figures of issue 13: 32 parallel API writers for 30 s over real HTTP against the
# application in a child JVM: requests, errors, writes/s, latency, deadlocks and whether the audit chain
# verifies afterwards. Figures, not assertions.
#
#   scripts/load-benchmark.sh                 PostgreSQL: a schema of its own in AFSLUITWIJZER_TEST_DATABASE_URL
#                                             (default jdbc:postgresql://127.0.0.1:5432/afsluitwijzer_test),
#                                             dropped afterwards
#   scripts/load-benchmark.sh --h2            the embedded H2 file as the application sets it up (WRITE_DELAY=0)
#   scripts/load-benchmark.sh --h2 --cache-only
#                                             H2 with WRITE_DELAY=0 but without O_DSYNC: commits reach the
#                                             operating system's cache only (what synchronous files cost)
#   scripts/load-benchmark.sh --h2 --write-delay 500
#                                             H2 with its default delay: what durability costs
#   WRITERS=8 LOAD_SECONDS=10 scripts/load-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
database=postgres
write_delay=
cache_only=false
while [ $# -gt 0 ]; do
  case "$1" in
    --h2) database=h2 ;;
    --write-delay) write_delay="$2"; shift ;;
    --cache-only) cache_only=true ;;
    *) echo "usage: $0 [--h2 [--cache-only] [--write-delay MS]]" >&2; exit 2 ;;
  esac
  shift
done
./mvnw -q -B test-compile
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -XX:+ExitOnOutOfMemoryError -cp "target/classes:target/test-classes:$cp" -Ddatabase="$database" -DwriteDelay="$write_delay" -DcacheOnly="$cache_only" \
  -Dwriters="${WRITERS:-32}" -Dseconds="${LOAD_SECONDS:-30}" nl.afsluitwijzer.benchmark.LoadBenchmark
