/** Afsluitwijzer, a modular monolith: one direct sub-package per feature module. */
@NullMarked
package nl.afsluitwijzer;

import org.jspecify.annotations.NullMarked;
