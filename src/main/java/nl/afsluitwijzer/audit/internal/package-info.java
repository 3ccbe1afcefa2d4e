/**
 * What the audit module's own pages and export use and no other module needs: an entry as read back, a page of
 * entries and an entry's outcome. Not part of the module's API (docs/architecture.md, Module APIs).
 */
@NullMarked
package nl.afsluitwijzer.audit.internal;

import org.jspecify.annotations.NullMarked;
