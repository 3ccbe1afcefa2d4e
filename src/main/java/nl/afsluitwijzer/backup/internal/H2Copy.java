package nl.afsluitwijzer.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;

/**
 * The embedded H2 database as a file. {@code BACKUP TO} copies the MVStore file while the application runs:
 * H2 stops reusing free space during the copy, so the copy holds the last committed state and opens like a
 * database that was closed at that moment (transactions still open then are rolled back).
 */
final class H2Copy {

    private H2Copy() {}

    static void backupTo(DataSource dataSource, Path zip) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("BACKUP TO ?")) {
            statement.setString(1, zip.toAbsolutePath().toString());
            statement.execute();
        } catch (SQLException e) {
            throw new BackupException("The database could not be copied: " + e.getMessage(), e);
        }
    }

    /** Writes the database file of a {@code BACKUP TO} zip to {@code mvFile} and forces it to disk. */
    static void extractDatabase(InputStream h2Zip, Path mvFile) throws IOException {
        ZipInputStream zip = new ZipInputStream(h2Zip);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().endsWith(".mv.db") && !entry.getName().contains("/")) {
                try (FileChannel channel =
                        FileChannel.open(mvFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    OutputStream out = Channels.newOutputStream(channel);
                    zip.transferTo(out);
                    channel.force(true);
                }
                return;
            }
        }
        throw new BackupException("The database copy in the backup holds no database file");
    }

    /** Opens a database file read-only on its own (no application holds it) and counts the rows per table. */
    static Map<String, Long> countRows(Path database, String user, String password) {
        String url = "jdbc:h2:file:" + database.toAbsolutePath() + ";MODE=PostgreSQL;IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return RowCounts.of(connection);
        } catch (SQLException e) {
            throw new BackupException("The database " + database + " cannot be opened: " + e.getMessage(), e);
        }
    }
}
