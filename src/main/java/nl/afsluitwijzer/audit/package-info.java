/**
 * The access log (NEN 7513): every access to a client's data and every security event, append-only.
 * Other modules call {@link nl.afsluitwijzer.audit.AuditLog}; nothing can change or delete an entry.
 */
@NullMarked
package nl.afsluitwijzer.audit;

import org.jspecify.annotations.NullMarked;
