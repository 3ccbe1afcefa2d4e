/**
 * The practice: its users with their roles, sign-in, personal API tokens and (later) the practice policy.
 * Other modules learn who is acting through {@link nl.afsluitwijzer.practice.CurrentUser}.
 */
package nl.afsluitwijzer.practice;
