/**
 * Flyway's Java migrations: data changes that need code (rendering letter templates again), numbered
 * together with the SQL migrations in {@code db/migration}.
 */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
