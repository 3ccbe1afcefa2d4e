/**
 * The practice: its users with their roles, sign-in, personal API tokens and (later) the practice policy.
 * Other modules learn who is acting through {@link nl.afsluitwijzer.practice.CurrentUser}, passed in by the controllers.
 */
@NullMarked
package nl.afsluitwijzer.practice;

import org.jspecify.annotations.NullMarked;
