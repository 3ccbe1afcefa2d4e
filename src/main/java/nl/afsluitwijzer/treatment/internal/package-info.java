/**
 * What the treatment module's own pages and API use and no other module needs: a new referral and its wait, the
 * waiting positions, the origin of the expected number of sessions, a shared treatment, the reasons a link is made,
 * and the refusals of a phase change. Not part of the module's API (docs/architecture.md, Module APIs).
 */
@NullMarked
package nl.afsluitwijzer.treatment.internal;

import org.jspecify.annotations.NullMarked;
