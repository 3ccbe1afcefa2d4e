#!/usr/bin/env bash
# Prints the figures of the expected-course benchmark with a known answer (docs/expected-course.md, Benchmark):
# learned on 10,000 synthetic closed PHQ-9 treatments, judged on 5,000 others: the share of eventual
# non-responders flagged by session 6, the share of responders flagged by mistake, and the fit time.
# Usage: scripts/course-benchmark.sh [seed]   (default seed 1). Figures, not assertions.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -XX:+ExitOnOutOfMemoryError -cp "target/classes:target/test-classes:$cp" \
    nl.afsluitwijzer.measurement.CourseBenchmark "${1:-1}"
