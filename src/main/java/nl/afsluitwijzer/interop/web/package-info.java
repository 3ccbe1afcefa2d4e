/** Pages of interop: sessions from an agenda export (docs/import.md). */
@NullMarked
package nl.afsluitwijzer.interop.web;

import org.jspecify.annotations.NullMarked;
