package nl.afsluitwijzer.intervision;

import java.time.LocalDate;
import nl.afsluitwijzer.intervision.internal.LessonSource;
import nl.afsluitwijzer.intervision.internal.Norm3Theme;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Improvement actions of every kind, recorded today in a user's practice: a workshop with a chosen working
 * principle, a remedy not chosen, a chosen card later hidden and a pledge; a finished case discussion with an action
 * option and an insight; and a lesson. Each text ends in a tag, so a test finds exactly its own.
 */
@Component
public class ImprovementFixtures {

    public static final String PRINCIPLE = "Bij sessie H samen de balans opmaken";
    public static final String NOT_CHOSEN = "Vaker koffie drinken";
    public static final String HIDDEN = "Een kaart die niet op het scherm hoort";
    public static final String PLEDGE = "de einddatum vanaf de start benoemen";
    public static final String ACTION = "Lange behandelingen elke maand in het MDO";
    public static final String INSIGHT = "Eerder vragen: wil je nog een volgende afspraak?";
    public static final String LESSON = "Wachtlijst en afsluiten samen bekijken";

    private final Workshops workshops;
    private final Participation participation;
    private final CaseDiscussions discussions;
    private final KnowledgeBase knowledge;

    ImprovementFixtures(
            Workshops workshops, Participation participation, CaseDiscussions discussions, KnowledgeBase knowledge) {
        this.workshops = workshops;
        this.participation = participation;
        this.discussions = discussions;
        this.knowledge = knowledge;
    }

    public void recordOfEachKind(CurrentUser user, String tag) {
        Workshop workshop = workshops.start(user);
        Participant participant =
                participation.join(workshop, null).orElseThrow().participant();
        participation.addCard(participant, CardTag.WITHIN_INFLUENCE, PRINCIPLE + tag);
        participation.addCard(participant, CardTag.WITHIN_INFLUENCE, NOT_CHOSEN + tag);
        participation.addCard(participant, CardTag.WITHIN_INFLUENCE, HIDDEN + tag);
        for (MatrixCard card : workshops.board(workshop).remedies()) {
            if (!card.content().startsWith(NOT_CHOSEN)) {
                workshops.choosePrinciple(user, workshop.getId(), card.id(), true);
            }
            if (card.content().startsWith(HIDDEN)) {
                workshops.hideCard(user, workshop.getId(), card.id(), true);
            }
        }
        participation.pledge(participant, PledgeKind.PRACTISE, PLEDGE + tag);
        workshops.close(user, workshop.getId());

        CaseDiscussion discussion = discussions.prepare(
                user,
                new CasePreparation(
                        "Casus " + tag,
                        "Hulpvraag",
                        LocalDate.of(2025, 3, 1),
                        "10 maanden",
                        "Afbouw besproken.",
                        "Angst voor terugval."));
        discussions.moveTo(user, discussion.getId(), CaseDiscussionStep.ACTION_OPTIONS);
        discussions.addEntry(
                user, discussion.getId(), WorksheetEntryKind.ACTION, SystemLevel.ORGANISATION, ACTION + tag);
        discussions.addEntry(
                user,
                discussion.getId(),
                WorksheetEntryKind.FACTOR,
                SystemLevel.PATIENT,
                "Een factor, geen actie " + tag);
        discussions.addInsight(user, discussion.getId(), "Collega Jansen", INSIGHT + tag);
        discussions.finish(user, discussion.getId());

        knowledge.addLesson(
                user, Norm3Theme.TIMELY_CLOSING, LESSON + tag, LessonSource.CASE_DISCUSSION, discussion.getId());
    }
}
