/**
 * The closing module's own vocabulary that no other module needs: the checklist and what it records at closing
 * (closure, handover, ritual, support options, the plan's details, fading out), and the letters' templates, previews,
 * placeholders, letterhead and stored files. Not part of the module's API (docs/architecture.md, Module APIs).
 */
@NullMarked
package nl.afsluitwijzer.closing.internal;

import org.jspecify.annotations.NullMarked;
