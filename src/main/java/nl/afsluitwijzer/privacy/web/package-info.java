/** The privacy pages: a client's inzage and destruction requests, and the manager's retention list and export. */
@NullMarked
package nl.afsluitwijzer.privacy.web;

import org.jspecify.annotations.NullMarked;
