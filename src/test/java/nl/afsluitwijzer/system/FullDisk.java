package nl.afsluitwijzer.system;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A simulated full disk for H2: files opened through "jdbc:h2:fulldisk:/path" are ordinary files until
 * {@link #fill()}, after which every write fails with the operating system's "No space left on device",
 * and work again after {@link #free()}. Deterministic, and needs no root or small partition.
 */
public class FullDisk extends FilePathWrapper {

    static final String SCHEME = "fulldisk";
    private static volatile boolean full;

    static {
        FilePath.register(new FullDisk());
    }

    /** Registers the file system with H2 (once, by loading this class). */
    static String prefix() {
        return SCHEME + ":";
    }

    static void fill() {
        full = true;
    }

    static void free() {
        full = false;
    }

    static void failIfFull() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FullableChannel(getBase().open(mode));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        failIfFull();
        return new FilterOutputStream(getBase().newOutputStream(append)) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                failIfFull();
                out.write(bytes, offset, length);
            }

            @Override
            public void write(int b) throws IOException {
                failIfFull();
                out.write(b);
            }
        };
    }

    /** Reads pass through; writes and growing the file fail while the disk is full. */
    private static final class FullableChannel extends FileBase {

        private final FileChannel base;

        FullableChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            failIfFull();
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            failIfFull();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            failIfFull();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
