package nl.afsluitwijzer.intervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.Colleagues;
import nl.afsluitwijzer.intervision.MatrixCard;
import nl.afsluitwijzer.intervision.Participant;
import nl.afsluitwijzer.intervision.Participation;
import nl.afsluitwijzer.intervision.Workshop;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** "Kiezen" of a working principle: chosen when it can be, otherwise a clear message on the board, never a 500. */
@IntegrationTest
class PrincipleChoiceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Workshops workshops;

    @Autowired
    Participation participation;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void aVisibleRemedyIsChosenAndAHiddenOrUnknownCardGivesAMessage() throws Exception {
        CurrentUser manager = Colleagues.demo(accounts, "manager");
        Workshop workshop = workshops.start(manager);
        Participant participant =
                participation.join(workshop, null).orElseThrow().participant();
        participation.addCard(participant, CardTag.WITHIN_INFLUENCE, "Afbouw samen plannen");
        participation.addCard(participant, CardTag.WITHIN_INFLUENCE, "Terugkeergarantie noemen");
        MatrixCard visible = workshops.board(workshop).remedies().get(0);
        MatrixCard hidden = workshops.board(workshop).remedies().get(1);
        workshops.hideCard(manager, workshop.getId(), hidden.id(), true);
        String board = "/intervisie/dilemmas/" + workshop.getId();

        mvc.perform(post(board + "/kaarten/" + visible.id() + "/kiezen")
                        .param("chosen", "true")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("manager"))))
                .andExpect(redirectedUrl(board))
                .andExpect(flash().attributeCount(0));
        assertThat(workshops.board(workshop).remedies())
                .filteredOn(MatrixCard::chosen)
                .extracting(MatrixCard::id)
                .containsExactly(visible.id());

        mvc.perform(post(board + "/kaarten/" + hidden.id() + "/kiezen")
                        .param("chosen", "true")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("manager"))))
                .andExpect(redirectedUrl(board))
                .andExpect(flash().attribute("message", "intervision.principles.unavailable"));
        mvc.perform(post(board + "/kaarten/987654321/kiezen")
                        .param("chosen", "true")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("manager"))))
                .andExpect(redirectedUrl(board))
                .andExpect(flash().attribute("message", "intervision.principles.unavailable"));
    }
}
