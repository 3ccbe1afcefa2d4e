/** Afsluitwijzer, a modular monolith: one direct sub-package per feature module. */
package nl.afsluitwijzer;
