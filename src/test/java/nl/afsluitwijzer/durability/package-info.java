/**
 * Durability of acknowledged writes: the application runs in a child process that is killed while it writes,
 * then started again on the same database. Also used by the load benchmark (scripts/load-benchmark.sh).
 */
package nl.afsluitwijzer.durability;
