/** Pages and API endpoints of the practice module: sign-in, profile with password and tokens, user management. */
@NullMarked
package nl.afsluitwijzer.practice.web;

import org.jspecify.annotations.NullMarked;
