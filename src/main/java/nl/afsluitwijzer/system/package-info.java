/**
 * Configuration only: the security filter chains, languages, the clock and how API errors are written.
 * It owns no domain data; it wires the modules together. Its one table keeps the answers of API writes sent
 * with an Idempotency-Key, for safe retries.
 */
@NullMarked
package nl.afsluitwijzer.system;

import org.jspecify.annotations.NullMarked;
