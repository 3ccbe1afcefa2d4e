package nl.afsluitwijzer.evaluation.web;

import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentPagePanel;
import org.springframework.stereotype.Component;

/** The evaluations of a treatment on its page in full (goal scores, notes), with the way to record the next one. */
@Component
class EvaluationPanel implements TreatmentPagePanel {

    private final Evaluations evaluations;

    EvaluationPanel(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public Optional<Fragment> render(TreatmentFile file) {
        Phase phase = file.treatment().getPhase();
        if (phase == Phase.REFERRED || phase == Phase.INTAKE) {
            return Optional.empty();
        }
        boolean canRecord = phase == Phase.TREATMENT || phase == Phase.CLOSING;
        return Optional.of(new Fragment(
                "evaluation/panel",
                "panel",
                Map.of(
                        "evaluations",
                        ShownEvaluation.of(evaluations.shownIn(file), file.goals()),
                        "canRecord",
                        canRecord)));
    }
}
