/** The access-log viewer and GET /api/v1/audit, for managers and administrators only. */
@NullMarked
package nl.afsluitwijzer.audit.web;

import org.jspecify.annotations.NullMarked;
