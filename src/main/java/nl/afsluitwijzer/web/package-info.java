/**
 * The web shell: the layout with its role-dependent navigation, the home page and the error pages.
 * Feature pages live in their own module's web package.
 */
@NullMarked
package nl.afsluitwijzer.web;

import org.jspecify.annotations.NullMarked;
