package nl.afsluitwijzer.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.intervision.internal.CaseDiscussionStatus;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import nl.afsluitwijzer.intervision.internal.Worksheet;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The demo practice starts with a closed workshop and a finished case discussion that fill both summaries. */
@IntegrationTest
class DemoIntervisionTest {

    @Autowired
    Workshops workshops;

    @Autowired
    CaseDiscussions discussions;

    @Autowired
    UserAccountRepository users;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void theDemoWorkshopIsClosedWithVotesCardsDotsPrinciplesAndPledges() throws Exception {
        CurrentUser manager = Colleagues.demo(users, "manager");
        Workshop workshop = workshops.listFor(manager).stream()
                .filter(w -> workshops.board(w).chosenPrinciples().stream()
                        .anyMatch(card -> card.content().equals("Het einde al bij de start benoemen")))
                .findFirst()
                .orElseThrow();
        WorkshopBoard board = workshops.board(workshop);
        assertThat(workshop.isOpen()).isFalse();
        assertThat(board.participants()).isEqualTo(6);
        assertThat(board.poll().total()).isEqualTo(6);
        assertThat(board.obstacles()).hasSize(6);
        assertThat(board.chosenPrinciples()).extracting(MatrixCard::dots).containsExactly(5, 4, 3);
        assertThat(board.dotsGiven()).isEqualTo(15);
        assertThat(board.pledgesOf(PledgeKind.PRACTISE)).hasSize(3);
        assertThat(board.pledgesOf(PledgeKind.ATTENTION)).hasSize(2);
        byte[] pdf = mvc.perform(get("/intervisie/dilemmas/" + workshop.getId() + "/samenvatting.pdf")
                        .with(user(userDetails.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfPages.save("demo-workshop-summary", pdf);
        assertThat(PdfPages.text(pdf)).contains("Korte lijnen met de huisarts", "6 deelnemers");
    }

    @Test
    void theDemoCaseDiscussionIsFinishedWithAWorksheetAndFitsOnOnePage() throws Exception {
        CurrentUser therapist = Colleagues.demo(users, "behandelaar");
        CaseDiscussion discussion = discussions.listFor(therapist).stream()
                .filter(d -> d.getTitle().equals("Piekeren en somberheid, 14 maanden"))
                .findFirst()
                .orElseThrow();
        assertThat(discussion.getStatus()).isEqualTo(CaseDiscussionStatus.FINISHED);
        assertThat(discussion.getTreatmentId()).isNull();
        Worksheet worksheet = discussions.worksheet(discussion);
        assertThat(worksheet.factors(SystemLevel.PATIENT)).hasSize(2);
        assertThat(worksheet.actions(SystemLevel.PATIENT)).hasSize(2);
        assertThat(worksheet.insights()).hasSize(3);
        byte[] pdf = mvc.perform(get("/intervisie/casuistiek/" + discussion.getId() + "/samenvatting.pdf")
                        .with(user(userDetails.loadUserByUsername("manager"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfPages.save("demo-case-summary", pdf);
        assertThat(PdfPages.pages(pdf)).isEqualTo(1);
        assertThat(PdfPages.text(pdf)).contains("Piekeren en somberheid, 14 maanden", "Terugvalpreventieplan");
    }
}
