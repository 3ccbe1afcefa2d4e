package nl.afsluitwijzer.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.Pledge;
import nl.afsluitwijzer.intervision.PollAnswer;
import nl.afsluitwijzer.intervision.SystemLevel;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo practice's intervision of {@code demo/intervision.json}: one closed "Dilemma's en kansen" session
 * (each participant's vote, cards with the dots they got, pledges) and one finished case discussion.
 */
final class DemoIntervisionFile {

    static final String RESOURCE = "demo/intervision.json";

    // strict: a typo in a field name must not pass silently
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a card without "dots" or "chosen" has none and is not chosen
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    record Content(DemoWorkshop workshop, DemoCase caseDiscussion) {}

    record DemoWorkshop(String facilitator, List<DemoParticipant> participants) {}

    record DemoParticipant(PollAnswer vote, List<DemoCard> cards, List<Pledge> pledges) {}

    /** A card; a remedy gets {@code dots} dots from as many participants, and may be a chosen principle. */
    record DemoCard(CardTag tag, String content, int dots, boolean chosen) {}

    record DemoCase(
            String presenter,
            DemoPreparation preparation,
            Map<SystemLevel, List<String>> factors,
            Map<SystemLevel, List<String>> actions,
            List<DemoInsight> insights) {}

    record DemoPreparation(
            String title,
            String helpQuestion,
            int startedMonthsAgo,
            String duration,
            String triedTowardsClosing,
            String closingObstacles) {}

    record DemoInsight(@Nullable String participant, String content) {}

    private DemoIntervisionFile() {}

    static Content shipped() {
        try (InputStream in = DemoIntervisionFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": not found on the classpath");
            }
            return JSON.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), Content.class);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": cannot be read", e);
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    RESOURCE + ": " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
        }
    }
}
