package nl.afsluitwijzer.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.afsluitwijzer.closing.internal.Closure;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each letter prints only what applies to how the treatment ended. A regular closing has the agreements to keep
 * the result and the return guarantee; a transfer says to whom, why, what was tried, the outcome so far, the risks
 * and what was agreed with the client, and has no agreements to keep the result nor a return guarantee (although
 * the plan holds them); a client who stopped gets neither. The PDFs are kept in target/pdf to look at.
 */
@IntegrationTest
class LetterEndingsTest {

    private static final Handover HANDOVER = new Handover(
            "M. Jansen, GZ-psycholoog",
            "GGZ De Brug",
            true,
            true,
            false,
            "Trauma uit de jeugd vraagt om specialistische zorg.",
            "Piekertijd en slaaphygiëne; slapen verbeterde.",
            "Bij spanning eerder terugval; geen suïcidale gedachten.",
            "Cliënt belt zelf voor de intake op 5 april.");

    @Autowired
    ClosingFixtures closingFixtures;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    ClosingPlans plans;

    @Autowired
    TreatmentClosing closing;

    @Autowired
    Letters letters;

    @Test
    void afterARegularClosingTheGpLetterHasTheAgreementsAndTheReturnGuaranteeButNoHandOver() {
        Treatment treatment = inClosingWithPlan();
        close(treatment, ClosingReason.GOAL_REACHED, Handover.none());
        String gp = text(treatment, LetterKind.GP, "ending-closed-gp");
        assertThat(gp)
                .contains(
                        "Betreft: afsluiting behandeling",
                        "Afspraken over behoud van resultaat",
                        "Elke dag een kwartier piekertijd.",
                        "Terugkeergarantie",
                        "Reden afsluiten: Doel bereikt")
                .doesNotContain("Overdracht", "Risico", "tot nu toe", "voortijdig");
        assertThat(text(treatment, LetterKind.CLIENT, "ending-closed-client"))
                .contains("We ronden je behandeling af", "Behoud van resultaat", "Je kunt dit zelf")
                .doesNotContain("verder bij", "gestopt");
    }

    @Test
    void withoutAgreementsTheGpLetterHasNoEmptyHeadingForThem() {
        Treatment treatment = closingFixtures.inClosing();
        close(treatment, ClosingReason.GOAL_REACHED, Handover.none());
        assertThat(text(treatment, LetterKind.GP, "ending-closed-no-plan-gp"))
                .doesNotContain("Afspraken over behoud van resultaat")
                .contains("Terugkeergarantie");
    }

    @Test
    void aHandOverSavedBeforeClosingMakesTheGpLetterSayToWhomWhyTheRisksAndTheAgreements() {
        Treatment treatment = inClosingWithPlan();
        closingFixtures.measured(treatment);
        fixtures.as(
                "behandelaar", () -> closing.recordHandover(CurrentUser.require(), treatment.getId(), null, HANDOVER));
        String gp = text(treatment, LetterKind.GP, "ending-transfer-gp");
        assertThat(gp)
                .contains(
                        "Betreft: overdracht behandeling",
                        "aan M. Jansen, GZ-psycholoog (GGZ De Brug)",
                        "Naar: M. Jansen, GZ-psycholoog, GGZ De Brug",
                        "Waarom: Trauma uit de jeugd",
                        "Wat is geprobeerd: Piekertijd en slaaphygiëne",
                        "Uitkomst tot nu toe",
                        "laatste meting 6",
                        "Risico's",
                        "Bij spanning eerder terugval",
                        "Afspraken met uw patiënt(e)",
                        "Cliënt belt zelf voor de intake")
                .doesNotContain(
                        "Afspraken over behoud van resultaat",
                        "Terugkeergarantie",
                        "terugkeerafspraak",
                        "Elke dag een kwartier piekertijd.",
                        "Reden afsluiten");
    }

    @Test
    void afterATransferTheHandOverLetterHasTheReasonWhatWasTriedTheOutcomeSoFarAndTheRisks() {
        Treatment treatment = inClosingWithPlan();
        closingFixtures.measured(treatment);
        close(treatment, ClosingReason.TRANSFERRED, HANDOVER);
        String handover = text(treatment, LetterKind.HANDOVER, "ending-transfer-handover");
        assertThat(handover)
                .contains(
                        "M. Jansen, GZ-psycholoog",
                        "GGZ De Brug",
                        "Reden van de overdracht",
                        "Trauma uit de jeugd",
                        "Wat is geprobeerd",
                        "Piekertijd en slaaphygiëne",
                        "Uitkomst tot nu toe",
                        "beginmeting 18",
                        "Hersteld",
                        "Risico's",
                        "geen suïcidale gedachten",
                        "Afspraken met de cliënt",
                        "intake op 5 april",
                        "samen met de cliënt besproken");
        String gp = text(treatment, LetterKind.GP, "ending-transfer-closed-gp");
        assertThat(gp)
                .contains("Betreft: overdracht behandeling", "Naar: M. Jansen")
                .doesNotContain("Terugkeergarantie", "Afspraken over behoud van resultaat");
        assertThat(text(treatment, LetterKind.CLIENT, "ending-transfer-client"))
                .contains(
                        "je gaat verder bij M. Jansen, GZ-psycholoog (GGZ De Brug)",
                        "Wat we hebben afgesproken",
                        "intake op 5 april")
                .doesNotContain("Behoud van resultaat", "terugkeerafspraak", "Je kunt dit zelf");
    }

    @Test
    void whenTheClientStoppedTheLettersSaySoWithoutAgreementsReturnGuaranteeOrHandOver() {
        Treatment treatment = inClosingWithPlan();
        close(treatment, ClosingReason.CLIENT_STOPPED, Handover.none());
        String gp = text(treatment, LetterKind.GP, "ending-dropout-gp");
        assertThat(gp)
                .contains(
                        "Betreft: voortijdig einde behandeling",
                        "voortijdig heeft beëindigd",
                        "Reden afsluiten",
                        "opnieuw naar ons verwijzen")
                .doesNotContain("Afspraken over behoud van resultaat", "Terugkeergarantie", "Overdracht", "Risico");
        assertThat(text(treatment, LetterKind.CLIENT, "ending-dropout-client"))
                .contains("Je bent gestopt met je behandeling", "via je huisarts opnieuw")
                .doesNotContain("Behoud van resultaat", "Je kunt dit zelf", "verder bij");
    }

    @Test
    void theEndingFollowsTheClosingReasonThenThePhaseThenARecordedHandOver() {
        Treatment treatment = closingFixtures.inClosing();
        ClosingPlan plan =
                new ClosingPlan(treatment.getId(), ClosingFixtures.LAST_SESSION, List.of(), java.time.Instant.EPOCH);
        assertThat(LetterValues.ending(plan, treatment)).isEqualTo(nl.afsluitwijzer.treatment.Phase.CLOSED);
        plan.recordHandover(new Handover("M. Jansen", null, false, false, false));
        assertThat(LetterValues.ending(plan, treatment)).isEqualTo(nl.afsluitwijzer.treatment.Phase.TRANSFERRED);
        plan.close(
                new Closure(ClosingReason.CLIENT_STOPPED, null, ClosingFixtures.LAST_SESSION, Handover.none(), "x"),
                java.util.Set.of(),
                java.time.Instant.EPOCH);
        assertThat(LetterValues.ending(plan, treatment)).isEqualTo(nl.afsluitwijzer.treatment.Phase.DROPPED_OUT);
    }

    private Treatment inClosingWithPlan() {
        Treatment treatment = closingFixtures.inClosing();
        fixtures.as(
                "behandelaar",
                () -> plans.save(CurrentUser.require(), treatment.getId(), null, ClosingFixtures.completePlan()));
        return treatment;
    }

    private void close(Treatment treatment, ClosingReason reason, Handover handover) {
        closingFixtures.close(treatment, reason, handover, "brief volgt");
    }

    private String text(Treatment treatment, LetterKind kind, String name) {
        String[] text = new String[1];
        fixtures.as("behandelaar", () -> {
            StoredLetter letter = letters.generate(CurrentUser.require(), treatment.getId(), kind);
            byte[] pdf = letters.download(CurrentUser.require(), treatment.getId(), letter.id())
                    .content();
            PdfPages.save(name, pdf);
            text[0] = PdfPages.text(pdf).replaceAll("\\s+", " ");
        });
        return text[0];
    }
}
