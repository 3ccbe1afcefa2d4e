#!/usr/bin/env bash
# Prints the speed figures of issue 5: the signal engine on 10,000 treatments in memory, and the
# caseload page of a therapist with 200 open treatments (server time). Figures, not assertions.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -XX:+ExitOnOutOfMemoryError -cp "target/classes:target/test-classes:$cp" nl.afsluitwijzer.signal.SignalEngineBenchmark
java -XX:+ExitOnOutOfMemoryError -cp "target/classes:target/test-classes:$cp" nl.afsluitwijzer.benchmark.CaseloadBenchmark
java -XX:+ExitOnOutOfMemoryError -cp "target/classes:target/test-classes:$cp" nl.afsluitwijzer.benchmark.IndicatorBenchmark
