package nl.afsluitwijzer.backup.internal;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds: the application version that made it, when, the SHA-256 of every entry of the
 * archive and the number of rows of every table of the backed-up database (counted in the copy itself).
 */
public record BackupManifest(
        int format, String appVersion, String createdAt, Map<String, String> sha256, Map<String, Long> rowCounts) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public BackupManifest {
        sha256 = new TreeMap<>(sha256);
        rowCounts = new TreeMap<>(rowCounts);
    }

    byte[] toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    }

    static BackupManifest fromJson(byte[] json) {
        return JSON.readValue(json, BackupManifest.class);
    }

    /** The version in the jar's manifest; "development" when run from the classes directory. */
    static String applicationVersion() {
        String version = BackupManifest.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
