package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Dutch and English bundles hold the same keys, and templates take every visible text from them. */
class MessageBundlesTest {

    private static final Pattern TEXT_NODE = Pattern.compile("<([^<>]*)>([^<>]*)<");

    @Test
    void everyDutchBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        List<String> checked = new ArrayList<>();
        for (Resource dutch : bundles) {
            String name = dutch.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Resource english = dutch.createRelative(name.replace(".properties", "_en.properties"));
            assertThat(english.exists()).as("English twin of " + name).isTrue();
            Set<String> missingInEnglish = new TreeSet<>(load(dutch).stringPropertyNames());
            missingInEnglish.removeAll(load(english).stringPropertyNames());
            Set<String> missingInDutch = new TreeSet<>(load(english).stringPropertyNames());
            missingInDutch.removeAll(load(dutch).stringPropertyNames());
            assertThat(missingInEnglish)
                    .as("keys of " + name + " missing in English")
                    .isEmpty();
            assertThat(missingInDutch).as("keys missing in " + name).isEmpty();
            checked.add(name);
        }
        assertThat(checked).contains("messages.properties");
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file)
                        .replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?s)<style.*?</style>", "")
                        .replaceAll("(?s)<script.*?</script>", "");
                Matcher matcher = TEXT_NODE.matcher(html);
                while (matcher.find()) {
                    String tag = matcher.group(1);
                    String text = matcher.group(2)
                            .replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "")
                            .strip();
                    boolean replaced = tag.contains("th:text") || tag.contains("th:utext");
                    if (!replaced && text.codePoints().anyMatch(Character::isLetter)) {
                        offences.add(file.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertThat(offences)
                .as("text in templates that does not come from the message bundles")
                .isEmpty();
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
