/**
 * Back-up and restore: nightly and on-demand online backups of the embedded database together with the key
 * files of the data directory, and the restore command for a stopped application.
 */
@NullMarked
package nl.afsluitwijzer.backup;

import org.jspecify.annotations.NullMarked;
