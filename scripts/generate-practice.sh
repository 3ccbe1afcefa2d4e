#!/usr/bin/env bash
# Fills an empty database with a generated practice of N treatments for measuring (see README, "Meten met een
# grote praktijk"): the application's own start creates the schema (Flyway), the practice and its first manager;
# then 200 therapists and the treatments' histories are inserted in JDBC batches, the audit entries go through the
# application's hash chain, and the benchmark's manager and therapist get a second factor and an API token. The
# sign-in for scripts/http-benchmark.sh is written to DATA-DIR/benchmark-credentials.properties.
#
#   scripts/generate-practice.sh --treatments 10000 --postgres jdbc:postgresql://127.0.0.1:5432/afs_generator
#   scripts/generate-practice.sh --treatments 10000 --h2 target/practice-h2
#
#   --seed S          another practice of the same shape (default 1)
#   --recreate        empty the database first (PostgreSQL: drop and recreate the schema public; H2: the file)
#   --data-dir DIR    PostgreSQL only: where the audit key, anchors and sign-in file go (default target/practice-data)
#   --user U --password P   PostgreSQL login (default AFSLUITWIJZER_GENERATOR_DB_USER/_PASSWORD, else afsluitwijzer)
#   --therapists T --waiting W   the practice's shape (default 200 therapists, 500 waiting referrals)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile
cp=$(./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
exec java -Xmx2g -cp "target/classes:target/test-classes:$cp" nl.afsluitwijzer.benchmark.practice.PracticeGenerator "$@"
