/** Beheer → Back-ups: the list of backups and the button that makes one now (administrators only). */
@NullMarked
package nl.afsluitwijzer.backup.web;

import org.jspecify.annotations.NullMarked;
