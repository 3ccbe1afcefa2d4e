/**
 * What the privacy module's own pages use and no other module needs: the client's data as exported, the retention
 * review with its terms and flagged clients, a new destruction request, and the pseudonymised benchmark export. Not
 * part of the module's API (docs/architecture.md, Module APIs).
 */
@NullMarked
package nl.afsluitwijzer.privacy.internal;

import org.jspecify.annotations.NullMarked;
