package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The letters now print only what applies to how the treatment ended ({{#ending.closed}} and friends). A stored
 * template that is still the former default word for word is removed, so the practice gets the new default; in a
 * template the practice changed, the former unconditional "Afspraken over behoud van resultaat" / "Behoud van
 * resultaat" and return-guarantee sections, when still there as shipped, are put inside {{#ending.closed}}, so a
 * transfer or a client who stopped no longer gets them. Everything else the practice wrote stays as it was.
 */
public class V116__closing_letters_by_ending extends BaseJavaMigration {

    private static final String OPEN = "{{#ending.closed}}\n";
    private static final String CLOSE = "{{/ending.closed}}\n";
    private static final String GUARANTEE_END = "{{/plan.returnGuarantee}}\n";

    /** Where the sections that only fit a regular closing begin, per letter kind. */
    private static final Map<String, String> CLOSING_ONLY = Map.of(
            "GP", "## Afspraken over behoud van resultaat\n",
            "CLIENT", "## Behoud van resultaat\n");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<Long, String> changed = new LinkedHashMap<>();
        Map<Long, Boolean> unchanged = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, kind, body FROM letter_template");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String kind = rows.getString(2);
                String body = rows.getString(3);
                if (formerDefault(kind).map(d -> normal(d).equals(normal(body))).orElse(false)) {
                    unchanged.put(rows.getLong(1), true);
                } else {
                    String migrated = migrate(kind, body);
                    if (!migrated.equals(body)) {
                        changed.put(rows.getLong(1), migrated);
                    }
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM letter_template WHERE id = ?")) {
            for (Long id : unchanged.keySet()) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE letter_template SET body = ?, version = version + 1 WHERE id = ?")) {
            for (Map.Entry<Long, String> row : changed.entrySet()) {
                update.setString(1, row.getValue());
                update.setLong(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The closing-only sections inside {{#ending.closed}}, when found as shipped and the template has no ending yet. */
    public static String migrate(String kind, String body) {
        String start = CLOSING_ONLY.get(kind);
        String text = body.replace("\r\n", "\n");
        if (start == null || text.contains("ending.") || text.length() > 19_900) {
            return body;
        }
        int from = text.indexOf(start);
        int guarantee = text.lastIndexOf(GUARANTEE_END);
        if (from < 0 || guarantee < from) {
            return body;
        }
        int to = guarantee + GUARANTEE_END.length();
        return text.substring(0, from) + OPEN + text.substring(from, to) + CLOSE + text.substring(to);
    }

    private static java.util.Optional<String> formerDefault(String kind) throws IOException {
        String name = "db/letters/V116/" + kind.toLowerCase(Locale.ROOT) + ".txt";
        try (InputStream in =
                V116__closing_letters_by_ending.class.getClassLoader().getResourceAsStream(name)) {
            return in == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String normal(String text) {
        return text.replace("\r\n", "\n").strip();
    }
}
