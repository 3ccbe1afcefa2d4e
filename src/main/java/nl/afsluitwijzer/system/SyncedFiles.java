package nl.afsluitwijzer.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system with every database file opened for synchronous data writes (the operating system's
 * {@code O_DSYNC}, Java's mode "rwd"): a write returns only once its bytes are on the storage device. With
 * WRITE_DELAY=0 H2 writes each commit in the committing thread, but it asks the operating system to flush its
 * cache only at a checkpoint or on close, so a power cut or an operating-system crash could lose commits that
 * the application had already acknowledged. Through this file system they cannot. Databases opened as
 * {@code jdbc:h2:synced:/path/name} use it. (Public, with a public constructor: H2 makes an instance per path.)
 */
public final class SyncedFiles extends FilePathWrapper {

    static final String SCHEME = "synced";

    static {
        FilePath.register(new SyncedFiles());
    }

    /** Registers the file system with H2 (once, when this class is loaded) and gives its URL prefix. */
    static String prefix() {
        return SCHEME + ":";
    }

    public SyncedFiles() {
        // one instance is registered; H2 makes one more for every path it opens
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return getBase().open("rw".equals(mode) ? "rwd" : mode);
    }
}
