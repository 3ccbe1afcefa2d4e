/** Benchmarks run by scripts/benchmark.sh: they print figures and are never part of the test suite. */
package nl.afsluitwijzer.benchmark;
