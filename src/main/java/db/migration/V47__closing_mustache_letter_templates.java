package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Letter templates no longer hold Thymeleaf (an expression language a manager could run code with) but text with
 * Mustache placeholders: converts every stored template with {@link ThymeleafLetterText}; whatever it cannot
 * convert stays in the letter as text. Java, because the conversion reads the XHTML.
 */
public class V47__closing_mustache_letter_templates extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<Long, String> converted = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, body FROM letter_template");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                converted.put(rows.getLong(1), ThymeleafLetterText.convert(rows.getString(2)));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE letter_template SET body = ?, version = version + 1 WHERE id = ?")) {
            for (Map.Entry<Long, String> row : converted.entrySet()) {
                String body = row.getValue();
                update.setString(1, body.length() > 20_000 ? body.substring(0, 20_000) : body);
                update.setLong(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
