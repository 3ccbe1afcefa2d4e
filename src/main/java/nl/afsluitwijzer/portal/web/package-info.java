/** The client's pages under /c/{token}, and the therapist's side: making and revoking links on the treatment page. */
@NullMarked
package nl.afsluitwijzer.portal.web;

import org.jspecify.annotations.NullMarked;
