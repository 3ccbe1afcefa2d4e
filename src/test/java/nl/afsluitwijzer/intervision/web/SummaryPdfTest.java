package nl.afsluitwijzer.intervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.CaseDiscussion;
import nl.afsluitwijzer.intervision.CaseDiscussionStep;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import nl.afsluitwijzer.intervision.CasePreparation;
import nl.afsluitwijzer.intervision.Colleagues;
import nl.afsluitwijzer.intervision.MatrixCard;
import nl.afsluitwijzer.intervision.Participant;
import nl.afsluitwijzer.intervision.Participation;
import nl.afsluitwijzer.intervision.PollAnswer;
import nl.afsluitwijzer.intervision.SystemLevel;
import nl.afsluitwijzer.intervision.WorksheetEntryKind;
import nl.afsluitwijzer.intervision.Workshop;
import nl.afsluitwijzer.intervision.WorkshopBoard;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import nl.afsluitwijzer.intervision.internal.TreatmentCases;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.ClientRepository;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Both summaries as a PDF: what they hold, that card text stays text, and that a case names no client. */
@IntegrationTest
class SummaryPdfTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserAccountRepository users;

    @Autowired
    Workshops workshops;

    @Autowired
    Participation participation;

    @Autowired
    CaseDiscussions discussions;

    @Autowired
    TreatmentCases treatmentCases;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    ClientRepository clients;

    @Autowired
    AuditLog audit;

    @Test
    void theWorkshopSummaryPdfHoldsPollMatrixPrinciplesAndPledges() throws Exception {
        Long id = finishedWorkshop();
        byte[] pdf = mvc.perform(
                        get("/intervisie/dilemmas/" + id + "/samenvatting.pdf").with(as("behandelaar2")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.matchesPattern(
                                        "attachment; filename=\"workshop-dilemmas-\\d{4}-\\d{2}-\\d{2}\\.pdf\"")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfPages.save("workshop-summary", pdf);
        String text = PdfPages.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "Samenvatting Dilemma's en kansen",
                        "4 deelnemers",
                        "Ja, omdat…",
                        "Nee, omdat…",
                        "61,5 %",
                        "16,3 %",
                        "Wachtlijsten bij de vervolgzorg",
                        SCRIPT,
                        "Einde al bij de start benoemen",
                        "Gekozen werkzame principes",
                        "3 stippen",
                        "Ik ga oefenen met…",
                        "eerder evalueren",
                        "Ik wil meer aandacht geven aan…",
                        "verwachtingen bij de intake",
                        "binnen onze invloed");
        assertThat(PdfPages.formXObjects(pdf)).as("the poll bars are drawn").isPositive();
        assertThat(exports("WORKSHOP", id)).isOne();
    }

    @Test
    void theCaseSummaryPdfFitsOnOnePageAndNamesNoClient() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Long id = finishedCase(treatment);
        byte[] pdf = mvc.perform(get("/intervisie/casuistiek/" + id + "/samenvatting.pdf")
                        .with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.matchesPattern(
                                        "attachment; filename=\"casuistiek-\\d{4}-\\d{2}-\\d{2}\\.pdf\"")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfPages.save("case-summary", pdf);
        String text = PdfPages.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "Samenvatting Complexe casuïstiek",
                        "De oorspronkelijke hulpvraag",
                        "vraag",
                        "Medewerker",
                        "Patiënt",
                        "Organisatie",
                        "Belemmerende factoren",
                        "Handelingsopties",
                        "Overzorg",
                        "Lange wachtlijst",
                        "Afbouwschema maken",
                        "Carla: Eerder het einde benoemen",
                        SCRIPT);
        Client client = clients.findById(treatment.getClientId()).orElseThrow();
        assertThat(text).doesNotContain(client.getReference());
        if (client.getDisplayName() != null && !client.getDisplayName().isBlank()) {
            assertThat(text).doesNotContain(client.getDisplayName());
        }
        assertThat(PdfPages.pages(pdf)).as("one page").isEqualTo(1);
        List<AuditEntry> exports = audit.find(AuditQuery.all()).stream()
                .filter(e -> "CASE_DISCUSSION".equals(e.objectType())
                        && id.toString().equals(e.objectId())
                        && "EXPORT".equals(e.action().name()))
                .toList();
        assertThat(exports)
                .singleElement()
                .satisfies(e -> assertThat(e.treatmentId()).isEqualTo(treatment.getId()));
    }

    @Test
    void theSummaryPagesLinkToThePdf() throws Exception {
        Long workshop = finishedWorkshop();
        assertThat(mvc.perform(get("/intervisie/dilemmas/" + workshop + "/samenvatting")
                                .with(as("manager")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/intervisie/dilemmas/" + workshop + "/samenvatting.pdf\"", "Download als PDF");
        Long discussion = finishedCase(fixtures.startedBy("behandelaar"));
        assertThat(mvc.perform(get("/intervisie/casuistiek/" + discussion + "/samenvatting")
                                .with(as("behandelaar")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/intervisie/casuistiek/" + discussion + "/samenvatting.pdf\"", "Download als PDF");
    }

    private Long finishedWorkshop() {
        CurrentUser manager = Colleagues.demo(users, "manager");
        Workshop workshop = workshops.start(manager);
        List<Participant> people = List.of(join(workshop), join(workshop), join(workshop), join(workshop));
        participation.vote(people.get(0), PollAnswer.YES_1);
        participation.vote(people.get(1), PollAnswer.YES_4);
        participation.vote(people.get(2), PollAnswer.NO_1);
        participation.vote(people.get(3), PollAnswer.YES_1);
        participation.addCard(people.get(0), CardTag.ORGANISATION, "Wachtlijsten bij de vervolgzorg");
        participation.addCard(people.get(1), CardTag.PATIENT, SCRIPT);
        participation.addCard(people.get(2), CardTag.EMPLOYEE, "Het gesprek over afronden uitstellen");
        participation.addCard(people.get(0), CardTag.WITHIN_INFLUENCE, "Einde al bij de start benoemen");
        participation.addCard(people.get(1), CardTag.WITHIN_INFLUENCE, "Vaste evaluatie halverwege");
        participation.addCard(people.get(3), CardTag.OUTSIDE_INFLUENCE, "Afspraken met de POH-ggz");
        WorkshopBoard board = workshops.board(workshop);
        MatrixCard start = board.remedies().stream()
                .filter(c -> c.content().startsWith("Einde"))
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < 3; i++) {
            participation.addDot(people.get(i), start.id());
        }
        participation.pledge(people.get(0), PledgeKind.PRACTISE, "eerder evalueren");
        participation.pledge(people.get(1), PledgeKind.ATTENTION, "verwachtingen bij de intake");
        workshops.choosePrinciple(manager, workshop.getId(), start.id(), true);
        workshops.close(manager, workshop.getId());
        return workshop.getId();
    }

    private Participant join(Workshop workshop) {
        return participation.join(workshop, null).orElseThrow().participant();
    }

    /** A case with as much as a real meeting writes down: three factors and two actions per level, five insights. */
    private Long finishedCase(Treatment treatment) {
        Long[] id = new Long[1];
        fixtures.as("behandelaar", () -> {
            CurrentUser user = CurrentUser.require();
            CasePreparation draft =
                    treatmentCases.prefill(CurrentUser.require(), treatment.getId(), Locale.forLanguageTag("nl"));
            CasePreparation ready = new CasePreparation(
                    draft.title(),
                    draft.helpQuestion(),
                    draft.treatmentStartedOn(),
                    draft.duration(),
                    draft.triedTowardsClosing()
                            + "\nFrequentie verlaagd naar eens per drie weken; terugvalpreventieplan besproken.",
                    "De cliënt ervaart de gesprekken als houvast en is bang om terug te vallen zonder vaste "
                            + "afspraak. De huisarts heeft geen POH-ggz en de wachtlijst voor de specialistische "
                            + "ggz is lang.");
            CaseDiscussion discussion = discussions.prepare(user, ready, treatment.getId());
            id[0] = discussion.getId();
            discussions.moveTo(user, id[0], CaseDiscussionStep.values()[1]);
            entries(
                    user,
                    id[0],
                    WorksheetEntryKind.FACTOR,
                    SystemLevel.EMPLOYEE,
                    "Overzorg",
                    "Handelingsverlegenheid bij het afronden",
                    "Eigen twijfel of de doelen echt bereikt zijn");
            entries(
                    user,
                    id[0],
                    WorksheetEntryKind.FACTOR,
                    SystemLevel.PATIENT,
                    SCRIPT,
                    "Angst om terug te vallen zonder vaste afspraak",
                    "Weinig steun in het eigen netwerk");
            entries(
                    user,
                    id[0],
                    WorksheetEntryKind.FACTOR,
                    SystemLevel.ORGANISATION,
                    "Lange wachtlijst",
                    "Geen POH-ggz bij de huisarts",
                    "Geen vaste evaluatiemomenten in het rooster");
            entries(
                    user,
                    id[0],
                    WorksheetEntryKind.ACTION,
                    SystemLevel.EMPLOYEE,
                    "Afbouwschema maken",
                    "Intervisie vragen bij twijfel over de doelen");
            entries(
                    user,
                    id[0],
                    WorksheetEntryKind.ACTION,
                    SystemLevel.PATIENT,
                    "Terugvalpreventieplan schriftelijk meegeven",
                    "Naaste uitnodigen voor het afrondingsgesprek");
            entries(
                    user,
                    id[0],
                    WorksheetEntryKind.ACTION,
                    SystemLevel.ORGANISATION,
                    "Afspraak met de huisarts over nazorg",
                    "Evaluatie halverwege vast inplannen");
            discussions.addInsight(user, id[0], "Carla", "Eerder het einde benoemen.");
            discussions.addInsight(user, id[0], "Ahmed", "Bij de start al zeggen hoeveel gesprekken we verwachten.");
            discussions.addInsight(user, id[0], "Sanne", "Mijn eigen twijfel hardop maken in de evaluatie.");
            discussions.addInsight(user, id[0], null, "De huisarts eerder betrekken bij de nazorg.");
            discussions.addInsight(user, id[0], "Joost", "Een afbouwschema geeft cliënten vertrouwen.");
            discussions.finish(user, id[0]);
        });
        return id[0];
    }

    private void entries(CurrentUser user, Long id, WorksheetEntryKind kind, SystemLevel level, String... contents) {
        for (String content : contents) {
            discussions.addEntry(user, id, kind, level, content);
        }
    }

    private long exports(String objectType, Long id) {
        return audit.find(AuditQuery.all()).stream()
                .filter(e -> objectType.equals(e.objectType())
                        && id.toString().equals(e.objectId())
                        && "EXPORT".equals(e.action().name()))
                .count();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
