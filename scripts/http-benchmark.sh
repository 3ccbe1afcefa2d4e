#!/usr/bin/env bash
# Measures the read paths of the packaged application on a practice made by scripts/generate-practice.sh, over
# real HTTP (see README, "Meten met een grote praktijk"). Per path: median and p99 of 20 requests after a warm-up
# (at least 2 requests, then for --warm-up-seconds, default 60, at most 5,000 requests),
# the response size, the SQL statements per request (PostgreSQL: the statements the application sent, counted in
# the JDBC driver's protocol trace in a run of its own) and the floor (the same rows with one plain query, timed
# just before each request); then 64 concurrent clients for 30 s on the therapist caseload and on a trivial
# endpoint (after 5 s of each unmeasured, in 3 alternating rounds of 10 s): throughput, p50/p99 and errors. Figures,
# not assertions.
#
#   scripts/http-benchmark.sh --data-dir target/practice-data       (PostgreSQL: the generator's --data-dir)
#   scripts/http-benchmark.sh --data-dir target/practice-h2         (H2: the generator's --h2 directory)
#
#   --rebuild            package target/afsluitwijzer.jar again (it is built when missing)
#   --port P             the application's port (default 18181)
#   --requests N         timed requests per path (default 20)
#   --warm-up-seconds S  warm each path up for S seconds first, at most 5,000 requests (default 60)
#   --path-seconds S     stop timing a slow path after S seconds of timed requests, at least 3 (default 300)
#   --clients C --load-seconds S   the load run (default 64 clients, 30 s; --load-seconds 0 leaves it out)
#   --no-statement-count leave out the run that counts SQL statements
#   --paths WORD,WORD    only the paths whose name contains one of the words
#   --heap SIZE          the application's -Xmx (default 512m)
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
rebuild=false
for arg in "$@"; do
  if [ "$arg" = "--rebuild" ]; then rebuild=true; else args+=("$arg"); fi
done
if [ "$rebuild" = true ] || [ ! -f target/afsluitwijzer.jar ]; then
  ./mvnw -q -B -ntp -DskipTests package
fi
./mvnw -q -B -ntp test-compile
cp=$(./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
exec java -cp "target/classes:target/test-classes:$cp" nl.afsluitwijzer.benchmark.practice.HttpBenchmark "${args[@]}"
