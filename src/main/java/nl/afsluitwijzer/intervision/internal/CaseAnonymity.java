package nl.afsluitwijzer.intervision.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.intervision.CasePreparation;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.ClientIdentity;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Keeps a case discussion about a treatment anonymous (docs/intervision.md): no text may contain the client's name
 * or reference, and the help question copied from the treatment must be rewritten, or confirmed by the therapist as
 * anonymous, before it is saved; an unrewritten copy never reaches the summary or its PDF. A case entered by hand has
 * no client to compare with.
 */
@Service
public class CaseAnonymity {

    public static final String HELP_QUESTION = "helpQuestion";
    public static final String REFLECTION = "reflection";

    private final Treatments treatments;

    CaseAnonymity(Treatments treatments) {
        this.treatments = treatments;
    }

    /** The problems of a preparation about the treatment (none without one); the first per field. */
    public List<AnonymityProblem> check(
            CurrentUser user, @Nullable Long treatmentId, CasePreparation preparation, boolean helpQuestionConfirmed) {
        Optional<ClientIdentity> identity = identity(user, treatmentId);
        if (identity.isEmpty()) {
            return List.of();
        }
        List<AnonymityProblem> problems = new ArrayList<>(namesIn(identity.get(), texts(preparation)));
        boolean alreadyNamed = problems.stream().anyMatch(p -> HELP_QUESTION.equals(p.field()));
        if (!alreadyNamed
                && !helpQuestionConfirmed
                && sameText(preparation.helpQuestion(), identity.get().helpQuestion())) {
            problems.add(new AnonymityProblem(HELP_QUESTION, AnonymityProblem.UNREWRITTEN_HELP_QUESTION, null));
        }
        return problems;
    }

    /** The problems of the reflective round's notes of a case about the treatment. */
    public List<AnonymityProblem> checkReflection(
            CurrentUser user, @Nullable Long treatmentId, @Nullable String reflection) {
        return identity(user, treatmentId)
                .map(id -> namesIn(id, Map.of(REFLECTION, reflection == null ? "" : reflection)))
                .orElse(List.of());
    }

    /** Whether the help question is still the treatment's own, word for word (ignoring case and spacing). */
    public boolean copiedFromTreatment(CurrentUser user, @Nullable Long treatmentId, String helpQuestion) {
        return identity(user, treatmentId)
                .map(id -> sameText(helpQuestion, id.helpQuestion()))
                .orElse(false);
    }

    private Optional<ClientIdentity> identity(CurrentUser user, @Nullable Long treatmentId) {
        return treatmentId == null ? Optional.empty() : treatments.identityForAnonymityCheck(user, treatmentId);
    }

    private static List<AnonymityProblem> namesIn(ClientIdentity identity, Map<String, String> texts) {
        IdentifyingWords words = IdentifyingWords.of(identity.displayName(), identity.reference());
        List<AnonymityProblem> problems = new ArrayList<>();
        texts.forEach((field, text) -> words.foundIn(text).stream()
                .findFirst()
                .ifPresent(
                        word -> problems.add(new AnonymityProblem(field, AnonymityProblem.NAME_OR_REFERENCE, word))));
        return problems;
    }

    private static Map<String, String> texts(CasePreparation preparation) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", preparation.title());
        texts.put(HELP_QUESTION, preparation.helpQuestion());
        texts.put("duration", preparation.duration());
        texts.put("triedTowardsClosing", preparation.triedTowardsClosing());
        texts.put("closingObstacles", preparation.closingObstacles());
        return texts;
    }

    static boolean sameText(String a, String b) {
        return a != null && b != null && normalised(a).equals(normalised(b));
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
