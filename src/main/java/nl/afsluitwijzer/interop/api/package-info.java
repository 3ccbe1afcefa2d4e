/**
 * The REST API v1 (DESIGN.md, Public API v1): package-private controllers with their request and
 * response records; errors are application/problem+json.
 */
@NullMarked
package nl.afsluitwijzer.interop.api;

import org.jspecify.annotations.NullMarked;
