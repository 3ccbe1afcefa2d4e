/** The access-log viewer and GET /api/v1/audit, for managers and administrators only. */
package nl.afsluitwijzer.audit.web;
