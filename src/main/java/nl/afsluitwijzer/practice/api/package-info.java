/**
 * The module's part of the REST API v1 (docs/api.md): package-private controllers with their request and response
 * records; errors are application/problem+json.
 */
@NullMarked
package nl.afsluitwijzer.practice.api;

import org.jspecify.annotations.NullMarked;
