package nl.afsluitwijzer.backup.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The number of rows of every table in the connection's current schema, by lower-case table name. */
final class RowCounts {

    private RowCounts() {}

    static Map<String, Long> of(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table.toLowerCase(Locale.ROOT), count(connection, table));
        }
        return counts;
    }

    private static long count(Connection connection, String table) throws SQLException {
        // the name comes from the database's own catalogue, quoted as it is stored
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + quoted)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
