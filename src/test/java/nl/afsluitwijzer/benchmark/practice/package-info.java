/**
 * A practice with years of data for measuring: {@link nl.afsluitwijzer.benchmark.practice.PracticeGenerator} fills
 * an empty database through the application's own schema and rules (scripts/generate-practice.sh), and
 * {@link nl.afsluitwijzer.benchmark.practice.HttpBenchmark} measures the read paths of the packaged application on
 * it over real HTTP (scripts/http-benchmark.sh). Tools that print figures; not part of the test suite.
 */
package nl.afsluitwijzer.benchmark.practice;
