package nl.afsluitwijzer.demo;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.ContributionLimits;
import nl.afsluitwijzer.intervision.Pledge;
import nl.afsluitwijzer.intervision.PollAnswer;
import nl.afsluitwijzer.intervision.SystemLevel;
import org.jspecify.annotations.Nullable;

/**
 * The demo practice's intervision of {@code demo/intervision.json}: one closed "Dilemma's en kansen" session
 * (each participant's vote, cards with the dots they got, pledges) and one finished case discussion. Read by the
 * {@link DemoJsonReader}; the rules of single fields are Bean Validation constraints on these records, those between
 * fields {@link DemoIntervisionRules}. Whether the facilitator and the presenter are demo users is checked when the
 * intervision is created.
 */
record DemoIntervisionFile(
        @NotNull(message = DemoFile.REQUIRED) @Valid DemoWorkshop workshop,
        @NotNull(message = DemoFile.REQUIRED) @Valid DemoCase caseDiscussion) {

    static final String RESOURCE = "demo/intervision.json";
    static final String TEXT = "is required and must not be blank";

    private static final DemoJsonReader<DemoIntervisionFile> READER = new DemoJsonReader<>(DemoIntervisionFile.class);

    /** A workshop led by the demo user {@code facilitator}; its participants join in this order. */
    @DemoIntervisionRules
    record DemoWorkshop(
            @NotBlank(message = TEXT) String facilitator,

            @NotEmpty(message = "must be a list [ ... ] with participants")
            @Size(
                    max = ContributionLimits.PARTICIPANTS_PER_WORKSHOP,
                    message = "must hold at most " + ContributionLimits.PARTICIPANTS_PER_WORKSHOP
                            + " participants, as many as a workshop takes")
            List<@NotNull(message = DemoFile.REQUIRED) @Valid DemoParticipant> participants) {}

    /** A participant's one vote, cards and at most one pledge (the session keeps one per participant). */
    record DemoParticipant(
            @NotNull(message = DemoFile.REQUIRED) PollAnswer vote,

            @NotNull(message = DemoFile.REQUIRED)
            @Size(
                    max = ContributionLimits.CARDS_PER_PARTICIPANT,
                    message = "must hold at most " + ContributionLimits.CARDS_PER_PARTICIPANT
                            + " cards, as many as a participant may write")
            List<@NotNull(message = DemoFile.REQUIRED) @Valid DemoCard> cards,

            @NotNull(message = DemoFile.REQUIRED)
            @Size(max = 1, message = "must be at most one: a participant makes one pledge")
            List<@NotNull(message = DemoFile.REQUIRED) Pledge> pledges) {}

    /**
     * A card; a remedy gets {@code dots} dots from as many participants (absent: none), and may be a chosen
     * principle ({@code chosen}, absent: not chosen).
     */
    @DemoIntervisionRules
    record DemoCard(
            @NotNull(message = DemoFile.REQUIRED) CardTag tag,

            @NotBlank(message = TEXT)
            @Size(
                    max = ContributionLimits.CARD_LENGTH,
                    message = "must be at most " + ContributionLimits.CARD_LENGTH + " characters, as on a card")
            String content,

            @PositiveOrZero(message = DemoFile.ZERO_OR_MORE) @Nullable
            Integer dots,

            @Nullable Boolean chosen) {

        int dotCount() {
            return dots == null ? 0 : dots;
        }

        boolean isChosen() {
            return Boolean.TRUE.equals(chosen);
        }
    }

    /** A case presented by the demo user {@code presenter}, with its worksheet by level and its insights. */
    record DemoCase(
            @NotBlank(message = TEXT) String presenter,
            @NotNull(message = DemoFile.REQUIRED) @Valid DemoPreparation preparation,

            @NotNull(message = DemoFile.REQUIRED)
            Map<SystemLevel, @NotNull(message = DemoFile.REQUIRED) List<@NotBlank(message = TEXT) String>> factors,

            @NotNull(message = DemoFile.REQUIRED)
            Map<SystemLevel, @NotNull(message = DemoFile.REQUIRED) List<@NotBlank(message = TEXT) String>> actions,

            @NotNull(message = DemoFile.REQUIRED)
            List<@NotNull(message = DemoFile.REQUIRED) @Valid DemoInsight> insights) {}

    /** The preparation; the treatment started {@code startedMonthsAgo} months before the demo day. */
    record DemoPreparation(
            @NotBlank(message = TEXT) String title,
            @NotBlank(message = TEXT) String helpQuestion,

            @NotNull(message = DemoFile.REQUIRED) @PositiveOrZero(message = DemoFile.ZERO_OR_MORE)
            Integer startedMonthsAgo,

            @NotBlank(message = TEXT) String duration,
            @NotBlank(message = TEXT) String triedTowardsClosing,
            @NotBlank(message = TEXT) String closingObstacles) {}

    /** An insight, by a named participant or anonymous ({@code participant} absent). */
    record DemoInsight(
            @Nullable String participant,
            @NotBlank(message = TEXT) String content) {}

    /** The content of the shipped file. */
    static DemoIntervisionFile shipped(Validator validator) {
        return READER.shipped(RESOURCE, validator);
    }

    /** The checked content of an intervision file; {@code source} names it in the messages. */
    static DemoIntervisionFile read(String source, String json, Validator validator) {
        return READER.read(source, json, validator);
    }
}
