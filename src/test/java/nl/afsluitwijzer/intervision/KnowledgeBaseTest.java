package nl.afsluitwijzer.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.afsluitwijzer.intervision.internal.Lesson;
import nl.afsluitwijzer.intervision.internal.LessonSource;
import nl.afsluitwijzer.intervision.internal.Norm3Theme;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

@IntegrationTest
class KnowledgeBaseTest {

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    Workshops workshops;

    @Autowired
    MessageSource messages;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PracticeRepository practices;

    @Autowired
    UserAdministration administration;

    @Test
    void everyNorm3ThemeHasATitleThreeQuestionsWithAnswersAndASummaryInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
            for (Norm3Theme theme : Norm3Theme.values()) {
                assertThat(messages.getMessage(theme.key() + ".title", null, locale))
                        .isNotBlank();
                assertThat(messages.getMessage(theme.key() + ".summary", null, locale))
                        .isNotBlank();
                assertThat(theme.questionKeys()).hasSize(3).allSatisfy(question -> {
                    assertThat(messages.getMessage(question + ".question", null, locale))
                            .endsWith("?");
                    assertThat(messages.getMessage(question + ".answer", null, locale))
                            .isNotBlank();
                });
            }
        }
        assertThat(messages.getMessage("intervision.knowledge.TIMELY_CLOSING.title", null, Locale.forLanguageTag("nl")))
                .isEqualTo("Tijdig afsluiten");
    }

    @Test
    void aLessonFromASessionIsListedUnderItsTheme() {
        CurrentUser manager = Colleagues.demo(users, "manager");
        Workshop workshop = workshops.start(manager);
        knowledge.addLesson(
                manager,
                Norm3Theme.WAITING_LIST,
                "Maandelijks samen kijken wie eerder kan afsluiten.",
                LessonSource.WORKSHOP,
                workshop.getId());
        Lesson lesson =
                knowledge.lessonsByTheme(manager).get(Norm3Theme.WAITING_LIST).get(0);
        assertThat(lesson.content()).isEqualTo("Maandelijks samen kijken wie eerder kan afsluiten.");
        assertThat(lesson.sourceType()).isEqualTo(LessonSource.WORKSHOP);
        assertThat(lesson.author()).isEqualTo("Carla Smit");
    }

    @Test
    void anotherPracticeNeitherSeesTheLessonsNorLinksToTheSessions() {
        CurrentUser manager = Colleagues.demo(users, "manager");
        knowledge.addLesson(manager, Norm3Theme.EHEALTH, "Modules samen starten.", null, null);
        CurrentUser stranger = Colleagues.ofAnotherPractice(practices, administration);
        assertThat(knowledge.lessonsByTheme(stranger).values()).allMatch(java.util.List::isEmpty);
        Long workshop = workshops.start(manager).getId();
        assertThatThrownBy(
                        () -> knowledge.addLesson(stranger, Norm3Theme.EHEALTH, "x", LessonSource.WORKSHOP, workshop))
                .isInstanceOf(DomainException.class);
    }
}
