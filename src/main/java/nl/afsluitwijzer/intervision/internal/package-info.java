/**
 * What the intervision module's own pages and services use and no other module needs: the workshop's steps, board,
 * matrix cards, polls, worksheets, join codes and pledges' kinds; the case discussion's anonymity check and status;
 * the knowledge base's lessons, insights and reading tips. Not part of the module's API (docs/architecture.md,
 * Module APIs).
 */
@NullMarked
package nl.afsluitwijzer.intervision.internal;

import org.jspecify.annotations.NullMarked;
