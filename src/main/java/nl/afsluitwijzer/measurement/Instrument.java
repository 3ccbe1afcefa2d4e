package nl.afsluitwijzer.measurement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire defined as data: its items, answer options, how the total is scored and the
 * thresholds that classify change. It refuses an inconsistent definition when built, and refuses
 * to score an incomplete or impossible set of answers.
 *
 * @param loinc the LOINC code of the total score, or null when there is none
 * @param perGoal whether the instrument rates each treatment goal separately (one item per goal)
 * @param clinicalCutoff the first total that counts as a case, or null when there is no cut-off
 * @param bands the severity bands from low to high covering min..max, or empty when there are none
 * @param licence who owns the instrument and the texts, and on what terms they are used
 */
public record Instrument(
        String code,
        LocalizedText name,
        LocalizedText description,
        LocalizedText instruction,
        @Nullable String loinc,
        boolean perGoal,
        List<Item> items,
        List<AnswerOption> options,
        ScoringMethod scoring,
        int min,
        int max,
        Direction direction,
        @Nullable Integer clinicalCutoff,
        int reliableChange,
        List<SeverityBand> bands,
        String licence) {

    public Instrument {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(licence, "licence");
        items = List.copyOf(items);
        options = List.copyOf(options);
        bands = List.copyOf(bands);
        DefinitionRules.checkCode(code);
        DefinitionRules.checkLoinc(loinc);
        DefinitionRules.checkItems(items, perGoal);
        DefinitionRules.checkOptions(options);
        DefinitionRules.checkRiskItems(items, options);
        DefinitionRules.checkTotalRange(scoring, items.size(), options, min, max);
        DefinitionRules.checkCutoff(clinicalCutoff, direction, min, max);
        DefinitionRules.checkReliableChange(reliableChange, min, max);
        BandRules.checkBands(bands, min, max);
    }

    /** The thresholds that classify change from a baseline to a latest total. */
    public OutcomeThresholds thresholds() {
        return new OutcomeThresholds(reliableChange, clinicalCutoff, direction);
    }

    /** Scores one answer per item, in item order: each the value of one of the answer options. */
    public Score score(List<? extends @Nullable Integer> answers) {
        Objects.requireNonNull(answers, "answers");
        if (answers.size() < items.size()) {
            throw InvalidAnswersException.missingAnswers(code, items.size(), answers.size());
        }
        if (answers.size() > items.size()) {
            throw InvalidAnswersException.extraAnswers(code, items.size(), answers.size());
        }
        for (int index = 0; index < answers.size(); index++) {
            checkAnswer(index + 1, answers.get(index));
        }
        return scoreTotal(scoring.total(List.copyOf(answers)));
    }

    /** Accepts a total scored elsewhere (for instance on paper), if it lies within min..max. */
    public Score scoreTotal(int total) {
        return new Score(code, total, bandFor(total).orElse(null));
    }

    /** The severity band of a total within min..max; empty when the instrument has no bands. */
    public Optional<SeverityBand> bandFor(int total) {
        if (total < min || total > max) {
            throw InvalidAnswersException.totalOutOfRange(code, min, max, total);
        }
        return bands.stream().filter(band -> band.contains(total)).findFirst();
    }

    /** The risk items (such as PHQ-9 item 9), in item order; empty when the instrument has none. */
    public List<Item> riskItems() {
        return items.stream().filter(Item::isRiskItem).toList();
    }

    /** Whether these answers (one per item, in item order) answer a risk item above its threshold. */
    public boolean raisesRisk(List<? extends @Nullable Integer> answers) {
        for (Item item : riskItems()) {
            if (item.number() <= answers.size() && item.isRisk(answers.get(item.number() - 1))) {
                return true;
            }
        }
        return false;
    }

    public int lowestOption() {
        return options.get(0).value();
    }

    public int highestOption() {
        return options.get(options.size() - 1).value();
    }

    private void checkAnswer(int item, @Nullable Integer answer) {
        if (answer == null) {
            throw InvalidAnswersException.unansweredItem(code, item, lowestOption(), highestOption());
        }
        if (answer < lowestOption() || answer > highestOption()) {
            throw InvalidAnswersException.answerOutOfRange(code, item, lowestOption(), highestOption(), answer);
        }
    }
}
