package nl.afsluitwijzer.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every Dutch text a client reads addresses them with "je", never with "u": the pages of the personal link (with the
 * safety text after a raised risk item and the goal screens), the questionnaires themselves, the error pages and the
 * letter to the client. Letters to GPs and colleagues say "u" on purpose and are not scanned.
 */
class ClientFormOfAddressTest {

    /** "u", "uw", "uzelf" as words, capitalised or not; "U+0000" (a character code) is no pronoun. */
    static final Pattern FORMAL = Pattern.compile("(?<![\\p{L}\\d+])(?:[Uu]|[Uu]w|[Uu]zelf)(?![\\p{L}\\d+])");

    @Test
    void thePatternFindsTheFormalAddressAndNothingElse() {
        assertThat(FORMAL.matcher("Kunt u dit invullen?").find()).isTrue();
        assertThat(FORMAL.matcher("Uw antwoorden gaan naar de behandelaar.").find())
                .isTrue();
        assertThat(FORMAL.matcher("Hoe voelt u zich?").find()).isTrue();
        assertThat(FORMAL.matcher("Zorg goed voor uzelf.").find()).isTrue();
        assertThat(FORMAL.matcher("Je antwoorden gaan naar je behandelaar; kijk naar jezelf.")
                        .find())
                .isFalse();
        assertThat(FORMAL.matcher("een stuurteken zoals U+0000, uur, duw, nu").find())
                .isFalse();
    }

    @Test
    void everyClientTextSaysJe() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        properties("messages/portal.properties").forEach((key, text) -> texts.put("portal: " + key, text));
        properties("messages/messages.properties").forEach((key, text) -> {
            if (key.startsWith("error.") || key.startsWith("outage.") || key.startsWith("layout.")) {
                texts.put("messages: " + key, text);
            }
        });
        Resource[] instruments =
                new PathMatchingResourcePatternResolver().getResources("classpath*:instruments/*.json");
        assertThat(instruments).isNotEmpty();
        for (Resource instrument : instruments) {
            List<String> dutch = new ArrayList<>();
            try (InputStream in = instrument.getInputStream()) {
                collectDutch(new ObjectMapper().readTree(in), dutch);
            }
            assertThat(dutch).as(instrument.getFilename()).isNotEmpty();
            for (int i = 0; i < dutch.size(); i++) {
                texts.put(instrument.getFilename() + " #" + i, dutch.get(i));
            }
        }
        String letter = new ClassPathResource("letters/client.txt").getContentAsString(StandardCharsets.UTF_8);
        letter.lines().forEach(line -> texts.put("letters/client.txt: " + line, line));
        assertThat(texts)
                .containsKey("portal: portal.help.intro")
                .containsKey("portal: portal.goal.number")
                .containsKey("portal: portal.next-appointment.question");

        Map<String, String> formal = new TreeMap<>();
        texts.forEach((where, text) -> {
            if (FORMAL.matcher(text).find()) {
                formal.put(where, text);
            }
        });
        assertThat(formal).as("client texts that say u or uw instead of je").isEmpty();
    }

    private static Map<String, String> properties(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader reader =
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> all = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> all.put(key, properties.getProperty(key)));
        return all;
    }

    private static void collectDutch(JsonNode node, List<String> dutch) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("nl") && field.getValue().isTextual()) {
                    dutch.add(field.getValue().asText());
                } else {
                    collectDutch(field.getValue(), dutch);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectDutch(element, dutch));
        }
    }
}
