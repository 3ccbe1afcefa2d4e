package nl.afsluitwijzer.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.afsluitwijzer.intervision.internal.CaseDiscussionStatus;
import nl.afsluitwijzer.intervision.internal.Insight;
import nl.afsluitwijzer.intervision.internal.Worksheet;
import nl.afsluitwijzer.intervision.internal.WorksheetEntry;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CaseDiscussionsTest {

    static final CasePreparation PANIC = new CasePreparation(
            "Paniekklachten, 14 maanden",
            "Paniekaanvallen in de trein; wil weer zelf naar het werk reizen.",
            LocalDate.of(2025, 3, 1),
            "14 maanden, 38 gesprekken",
            "Afbouw naar eens per drie weken besproken.",
            "Cliënt is bang voor terugval; ik vind het lastig om teleur te stellen.");

    @Autowired
    CaseDiscussions discussions;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PracticeRepository practices;

    @Autowired
    UserAdministration administration;

    CurrentUser presenter;
    CurrentUser colleague;

    @BeforeEach
    void users() {
        presenter = Colleagues.demo(users, "behandelaar");
        colleague = Colleagues.demo(users, "behandelaar2");
    }

    @Test
    void aPreparedCaseRunsThroughTheFiveStepsAndFinishes() {
        CaseDiscussion discussion = discussions.prepare(presenter, PANIC);
        assertThat(discussion.getStatus()).isEqualTo(CaseDiscussionStatus.PREPARED);
        assertThat(discussion.getPreparation()).isEqualTo(PANIC);

        CaseDiscussion running = discussions.moveTo(colleague, discussion.getId(), CaseDiscussionStep.CASE);
        assertThat(running.getStatus()).isEqualTo(CaseDiscussionStatus.RUNNING);
        running = discussions.moveTo(colleague, discussion.getId(), CaseDiscussionStep.CLOSING);
        assertThat(running.getStep().number()).isEqualTo(5);

        CaseDiscussion finished = discussions.finish(colleague, discussion.getId());
        assertThat(finished.getStatus()).isEqualTo(CaseDiscussionStatus.FINISHED);
        assertThat(finished.getFinishedAt()).isNotNull();
        assertThat(CaseDiscussionStep.values())
                .extracting(CaseDiscussionStep::minutes)
                .containsExactly(25, 20, 15, 25, 10);
    }

    @Test
    void theWorksheetKeepsFactorsAndActionsPerLevelAndOneInsightPerParticipant() {
        Long id = discussions.prepare(presenter, PANIC).getId();
        discussions.moveTo(presenter, id, CaseDiscussionStep.SYSTEMIC_ANALYSIS);
        discussions.addEntry(
                presenter, id, WorksheetEntryKind.FACTOR, SystemLevel.EMPLOYEE, "Vermijden van teleurstelling");
        discussions.addEntry(
                presenter, id, WorksheetEntryKind.FACTOR, SystemLevel.PATIENT, "Angst voor terugval/verandering");
        discussions.addEntry(
                presenter, id, WorksheetEntryKind.ACTION, SystemLevel.ORGANISATION, "Na een jaar naar het MDO");
        discussions.addInsight(colleague, id, "Bram", "Eerder het einde bespreken.");
        discussions.addInsight(colleague, id, " ", "Afbouw vastleggen.");

        Worksheet worksheet = discussions.worksheet(discussions.find(colleague, id));
        assertThat(worksheet.factors(SystemLevel.EMPLOYEE))
                .extracting(WorksheetEntry::content)
                .containsExactly("Vermijden van teleurstelling");
        assertThat(worksheet.factors(SystemLevel.ORGANISATION)).isEmpty();
        assertThat(worksheet.actions(SystemLevel.ORGANISATION)).hasSize(1);
        assertThat(worksheet.insights()).extracting(Insight::participant).containsExactly("Bram", null);

        Long factor = worksheet.factors(SystemLevel.PATIENT).get(0).id();
        discussions.removeEntry(presenter, id, factor);
        assertThat(discussions.worksheet(discussions.find(presenter, id)).factors(SystemLevel.PATIENT))
                .isEmpty();
    }

    @Test
    void aFinishedDiscussionRefusesChanges() {
        Long id = discussions.prepare(presenter, PANIC).getId();
        discussions.moveTo(presenter, id, CaseDiscussionStep.CASE);
        discussions.finish(presenter, id);
        assertThatThrownBy(
                        () -> discussions.addEntry(presenter, id, WorksheetEntryKind.FACTOR, SystemLevel.PATIENT, "x"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThatThrownBy(() -> discussions.revise(presenter, id, PANIC)).isInstanceOf(DomainException.class);
    }

    @Test
    void aDiscussionThatHasNotStartedCannotFinish() {
        Long id = discussions.prepare(presenter, PANIC).getId();
        assertThatThrownBy(() -> discussions.finish(presenter, id)).isInstanceOf(DomainException.class);
    }

    @Test
    void anotherPracticeDoesNotFindTheCase() {
        Long id = discussions.prepare(presenter, PANIC).getId();
        CurrentUser stranger = Colleagues.ofAnotherPractice(practices, administration);
        assertThatThrownBy(() -> discussions.find(stranger, id))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> discussions.moveTo(stranger, id, CaseDiscussionStep.CASE))
                .isInstanceOf(DomainException.class);
        assertThat(discussions.listFor(stranger)).isEmpty();
    }

    @Test
    void theWorksheetOffersTheExamplesOfTheSource() {
        assertThat(SystemLevel.EMPLOYEE.exampleKeys()).hasSize(5);
        assertThat(SystemLevel.PATIENT.exampleKeys()).hasSize(4);
        assertThat(SystemLevel.ORGANISATION.exampleKeys()).first().isEqualTo("intervision.case.example.ORGANISATION.1");
    }
}
