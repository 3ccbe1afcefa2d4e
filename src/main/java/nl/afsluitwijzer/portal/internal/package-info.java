/**
 * What the portal's own pages and services use and no other module needs: the pages a client link opens, an issued
 * or opened link, its purpose and status, the masked mail address and a failed mail. Not part of the module's API
 * (docs/architecture.md, Module APIs).
 */
@NullMarked
package nl.afsluitwijzer.portal.internal;

import org.jspecify.annotations.NullMarked;
