package nl.afsluitwijzer.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.function.Function;
import nl.afsluitwijzer.closing.internal.Closure;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.ClientDetails;
import nl.afsluitwijzer.treatment.ClientRepository;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A client started with only a reference (through the API) is greeted neutrally — "Hoi," on the link's pages, "Beste
 * cliënt," in the letter to the client — and never by the reference.
 */
@IntegrationTest
class NamelessClientTest {

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

    @Autowired
    ClientLinks links;

    @Autowired
    MockMvc mvc;

    @Autowired
    Treatments treatments;

    @Autowired
    ClientRepository clients;

    @Test
    void aClientWithoutANameHasNoNameOfTheirOwn() {
        assertThat(client("T-1", "T-1").hasName()).isFalse();
        assertThat(client("T-1", " T-1 ").hasName()).isFalse();
        assertThat(client("T-1", " ").hasName()).isFalse();
        assertThat(client("T-1", "Noor Bakker").hasName()).isTrue();
        Function<String, String> labels = key -> key.equals("closing.letter.client.neutral-name") ? "cliënt" : key;
        assertThat(LetterValues.clientName(LetterKind.CLIENT, client("T-1", "T-1"), labels))
                .isEqualTo("cliënt");
        assertThat(LetterValues.clientName(LetterKind.CLIENT, client("T-1", "Noor Bakker"), labels))
                .isEqualTo("Noor Bakker");
        assertThat(LetterValues.clientName(LetterKind.GP, client("T-1", "T-1"), labels))
                .isEqualTo("T-1");
    }

    @Test
    void theLetterToANamelessClientSaysBesteClientAndNeverTheReference() {
        Treatment treatment = closingFixtures.inClosing();
        String reference = fixtures.referenceOf(treatment);
        String[] text = new String[1];
        fixtures.as("behandelaar", () -> {
            Client client = treatments.clientOf(treatments.require(CurrentUser.require(), treatment.getId()));
            client.update(new ClientDetails(reference, reference, null, "Dokter A. Bakker", null));
            clients.save(client);
            plans.save(CurrentUser.require(), treatment.getId(), null, ClosingFixtures.completePlan());
            closing.close(
                    CurrentUser.require(),
                    treatment.getId(),
                    null,
                    null,
                    new Closure(
                            ClosingReason.GOAL_REACHED,
                            null,
                            ClosingFixtures.LAST_SESSION.plusWeeks(1),
                            Handover.none(),
                            "brief volgt"));
            StoredLetter letter = letters.generate(CurrentUser.require(), treatment.getId(), LetterKind.CLIENT);
            byte[] pdf = letters.download(CurrentUser.require(), treatment.getId(), letter.id())
                    .content();
            PdfPages.save("nameless-client-letter", pdf);
            text[0] = PdfPages.text(pdf).replaceAll("\\s+", " ");
        });
        assertThat(text[0]).contains("Beste cliënt,").doesNotContain(reference);
    }

    @Test
    void theLinkPageGreetsANamelessClientWithoutTheReference() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String reference = fixtures.referenceOf(treatment);
        IssuedLink[] issued = new IssuedLink[1];
        fixtures.as(
                "behandelaar",
                () -> issued[0] = links.createForNextAppointment(CurrentUser.require(), treatment.getId()));
        String page = mvc.perform(get("/c/" + issued[0].token()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<h1>Hoi,</h1>").doesNotContain(reference);
    }

    private static Client client(String reference, String name) {
        return new Client(1L, new ClientDetails(reference, name, null, null, null), Instant.EPOCH);
    }
}
