package nl.afsluitwijzer.practice;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this installation runs as a demo. "auto" (the default) means: only on the embedded H2
 * database; on PostgreSQL a demo must be asked for explicitly with afsluitwijzer.demo=true.
 */
@Component
public class DemoMode {

    public static final String DEMO_PASSWORD = "demo";

    private final boolean enabled;

    DemoMode(@Value("${afsluitwijzer.demo}") String setting, @Value("${spring.datasource.url}") String url) {
        String value = setting.trim().toLowerCase(Locale.ROOT);
        this.enabled = value.equals("true") || (value.equals("auto") && url.startsWith("jdbc:h2:"));
    }

    public boolean enabled() {
        return enabled;
    }
}
