package nl.afsluitwijzer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.portal.internal.OpenedLink;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.NextAppointmentAnswer;
import nl.afsluitwijzer.treatment.NextAppointmentAnswer.AnsweredBy;
import nl.afsluitwijzer.treatment.NextAppointmentAnswers;
import nl.afsluitwijzer.treatment.NextAppointmentWish;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A client answers "Wil je nog een volgende afspraak?" through a link of its own, once, at any moment. */
@IntegrationTest
class NextAppointmentLinkTest {

    @Autowired
    ClientLinks links;

    @Autowired
    NextAppointmentAnswers answers;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theClientsAnswerArrivesOnceOnTheTreatmentAndIsAudited() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        IssuedLink[] issued = new IssuedLink[1];
        fixtures.as(
                "behandelaar",
                () -> issued[0] = links.createForNextAppointment(CurrentUser.require(), treatment.getId()));
        OpenedLink opened = links.open(issued[0].token());
        assertThat(opened.forNextAppointment()).isTrue();
        assertThat(opened.instruments()).isEmpty();
        assertThatThrownBy(() -> links.submit(issued[0].token(), Map.of("PHQ9", List.of(1))))
                .hasMessage("portal.link.unavailable");

        links.submitNextAppointment(issued[0].token(), NextAppointmentWish.UNSURE, "  Ik weet het nog niet  ");
        assertThatThrownBy(() -> links.submitNextAppointment(issued[0].token(), NextAppointmentWish.YES, null))
                .hasMessage("portal.link.unavailable");

        fixtures.as(
                "behandelaar",
                () -> assertThat(answers.of(CurrentUser.require(), treatment.getId()))
                        .singleElement()
                        .satisfies(a -> {
                            assertThat(a.answer()).isEqualTo(NextAppointmentWish.UNSURE);
                            assertThat(a.clientWords()).isEqualTo("Ik weet het nog niet");
                            assertThat(a.answeredBy()).isEqualTo(AnsweredBy.CLIENT);
                            assertThat(a.sessionId()).isNull();
                        }));
        assertThat(audited("CREATE", treatment)).isEqualTo(1);
        assertThat(audited("VIEW", treatment)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT username FROM audit_entry WHERE object_type = 'NEXT_APPOINTMENT_ANSWER'"
                                + " AND action = 'CREATE' AND treatment_id = ?")
                        .param(treatment.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("client-link");
    }

    @Test
    void theClientsWordsAreCutToTheMaximum() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        IssuedLink[] issued = new IssuedLink[1];
        fixtures.as(
                "behandelaar",
                () -> issued[0] = links.createForNextAppointment(CurrentUser.require(), treatment.getId()));
        links.submitNextAppointment(issued[0].token(), NextAppointmentWish.NO, "a".repeat(1000));
        fixtures.as(
                "behandelaar",
                () -> assertThat(answers.of(CurrentUser.require(), treatment.getId()))
                        .extracting(NextAppointmentAnswer::clientWords)
                        .containsExactly("a".repeat(NextAppointmentAnswer.MAX_WORDS)));
    }

    @Test
    void anotherTherapistCannotMakeSuchALink() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as(
                "behandelaar2",
                () -> assertThatThrownBy(() -> links.createForNextAppointment(CurrentUser.require(), treatment.getId()))
                        .isInstanceOf(nl.afsluitwijzer.treatment.TreatmentAccessDenied.class));
    }

    private int audited(String action, Treatment treatment) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'NEXT_APPOINTMENT_ANSWER'"
                        + " AND action = ? AND treatment_id = ?")
                .params(action, treatment.getId())
                .query(Integer.class)
                .single();
    }
}
