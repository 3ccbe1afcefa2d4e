/**
 * The treatment's part of the REST API v1 (docs/api.md): goals, sessions and discussions of a treatment, with
 * package-private controllers. Its view records and {@link nl.afsluitwijzer.treatment.api.IfMatch} are a named
 * interface because {@code interop}'s treatment resource (which also shows measurements and evaluations, so it
 * cannot live here without a cycle) embeds them.
 */
@NullMarked
@NamedInterface("api")
package nl.afsluitwijzer.treatment.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
