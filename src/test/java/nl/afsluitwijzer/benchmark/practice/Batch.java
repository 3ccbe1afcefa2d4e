package nl.afsluitwijzer.benchmark.practice;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;

/** One table's INSERT as a JDBC batch: rows are added with their values in column order and sent together. */
final class Batch implements AutoCloseable {

    private final String table;
    private final PreparedStatement insert;
    private final int columns;
    private long rows;
    private int pending;

    Batch(Connection connection, String table, String... columns) throws SQLException {
        this.table = table;
        this.columns = columns.length;
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
    }

    void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns + " columns");
        }
        try {
            for (int i = 0; i < values.length; i++) {
                set(i + 1, values[i]);
            }
            insert.addBatch();
            pending++;
            rows++;
        } catch (SQLException e) {
            throw new IllegalStateException(table + ": " + e.getMessage(), e);
        }
    }

    private void set(int index, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            insert.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof LocalDate date) {
            insert.setDate(index, Date.valueOf(date));
        } else if (value instanceof Enum<?> constant) {
            insert.setString(index, constant.name());
        } else if (value instanceof byte[] bytes) {
            insert.setBytes(index, bytes);
        } else {
            insert.setObject(index, value);
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
