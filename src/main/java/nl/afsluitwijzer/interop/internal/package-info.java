/**
 * The agenda (CSV) format that interop's import page reads and its export writes, with the column words it
 * recognises. Not part of the module's API (docs/architecture.md, Module APIs).
 */
@NullMarked
package nl.afsluitwijzer.interop.internal;

import org.jspecify.annotations.NullMarked;
