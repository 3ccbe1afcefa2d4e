package nl.afsluitwijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module reads and writes its own tables (docs/architecture.md, "Each module reads its own tables"): the
 * module check sees Java dependencies but not SQL, so this reads the SQL in the main code. A table belongs to the
 * module named in the migration that creates it ({@code V<n>__<module>_<what>.sql}); a statement of another
 * module that names it is an error, but for the few reads the architecture document allows, listed here.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path CODE = Path.of("src/main/java/nl/afsluitwijzer");
    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)[_.].*\\.sql");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_0-9]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_IN_SQL = Pattern.compile("\\b(?:FROM|JOIN|UPDATE|INTO)\\s+([a-z_0-9]+)\\b");

    /**
     * Every client record hangs off a treatment: any module may join the treatment table (only that one) to scope
     * its own rows to a practice, a therapist's caseload or a phase in the same statement.
     */
    private static final String SCOPE_TABLE = "treatment";

    /** Other reads of another module's table that docs/architecture.md allows, as "module reads table". */
    private static final Set<String> ALLOWED = Set.of(
            // the session number of each measurement, counted in the database over the practice's closed treatments
            "measurement reads treatment_session",
            // the caseload sorted and paged in the database by client reference or therapist name
            "signal reads client",
            "signal reads user_account");

    @Test
    void everyModuleReadsAndWritesOnlyItsOwnTablesButTheAllowedJoins() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(owners).containsEntry("user_account", "practice").containsEntry("treatment", "treatment");

        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = CODE.relativize(file).getName(0).toString();
                Matcher table = TABLE_IN_SQL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (table.find()) {
                    String owner = owners.get(table.group(1));
                    String read = module + " reads " + table.group(1);
                    if (owner != null
                            && !owner.equals(module)
                            && !SCOPE_TABLE.equals(table.group(1))
                            && !ALLOWED.contains(read)) {
                        violations.add(read + " (owned by " + owner + ") in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(violations)
                .as("SQL over another module's table: go through that module's API, or allow it in "
                        + "docs/architecture.md and in this test with the reason")
                .isEmpty();
    }

    @Test
    void theCheckFindsAJoinOverAnotherModulesTable() throws IOException {
        Map<String, String> owners = tableOwners();
        Matcher table =
                TABLE_IN_SQL.matcher("SELECT l.id FROM intervision_lesson l JOIN user_account u ON u.id = l.author_id");
        Set<String> named = new TreeSet<>();
        while (table.find()) {
            named.add(table.group(1) + "=" + owners.get(table.group(1)));
        }
        assertThat(named).containsExactly("intervision_lesson=intervision", "user_account=practice");
    }

    private static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                Matcher created = CREATE_TABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (created.find()) {
                    owners.put(created.group(1).toLowerCase(Locale.ROOT), name.group(1));
                }
            }
        }
        return owners;
    }
}
