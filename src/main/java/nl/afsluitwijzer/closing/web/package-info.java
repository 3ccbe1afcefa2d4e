/** The closing pages: the plan, closing a treatment, the letters, the treatment-page panel and template editing. */
@NullMarked
package nl.afsluitwijzer.closing.web;

import org.jspecify.annotations.NullMarked;
