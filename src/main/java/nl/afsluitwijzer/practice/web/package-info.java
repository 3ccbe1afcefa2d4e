/** Pages and API endpoints of the practice module: sign-in, profile with password and tokens, user management. */
package nl.afsluitwijzer.practice.web;
