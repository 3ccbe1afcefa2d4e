/**
 * The backup module's own work behind its page and the restore command: the nightly job, the archive with its
 * manifest, the data directory and its key files, the online copy of the embedded database and the file restore.
 * Not part of the module's API (docs/architecture.md, Module APIs).
 */
@NullMarked
package nl.afsluitwijzer.backup.internal;

import org.jspecify.annotations.NullMarked;
