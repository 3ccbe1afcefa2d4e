/** The client's pages under /c/{token}, and the therapist's side: making and revoking links on the treatment page. */
package nl.afsluitwijzer.portal.web;
