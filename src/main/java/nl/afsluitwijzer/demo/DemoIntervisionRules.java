package nl.afsluitwijzer.demo;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.ContributionLimits;
import nl.afsluitwijzer.intervision.Pledge;

/**
 * The rules between the fields of {@code demo/intervision.json}, so that every card, dot and principle of the file
 * reaches the workshop (the session itself would refuse them silently or without naming the place): a card's text
 * is unique in the workshop (the demo finds a card by it), dots and principles are for remedy cards, a chosen
 * principle has dots, a card gets at most one dot per participant, and the workshop's own limits hold (cards per
 * participant, dots per participant, the length of a card and of a pledge). Each problem names the field, as
 * {@code participants[2].cards[1].dots}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {DemoIntervisionRules.WorkshopRules.class, DemoIntervisionRules.CardRules.class})
@interface DemoIntervisionRules {

    String message() default "is not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Cards unique by their text; no card more dots than there are participants to give them. */
    final class WorkshopRules implements ConstraintValidator<DemoIntervisionRules, DemoIntervisionFile.DemoWorkshop> {

        @Override
        public boolean isValid(DemoIntervisionFile.DemoWorkshop workshop, ConstraintValidatorContext context) {
            DemoRules.Problems problems = new DemoRules.Problems(context);
            List<DemoIntervisionFile.DemoParticipant> participants =
                    workshop.participants() == null ? List.of() : workshop.participants();
            Map<String, String> cards = new HashMap<>();
            int dots = 0;
            for (int p = 0; p < participants.size(); p++) {
                DemoIntervisionFile.DemoParticipant participant = participants.get(p);
                List<DemoIntervisionFile.DemoCard> own =
                        participant == null || participant.cards() == null ? List.of() : participant.cards();
                for (int c = 0; c < own.size(); c++) {
                    DemoIntervisionFile.DemoCard card = own.get(c);
                    if (card == null) {
                        continue;
                    }
                    String field = "participants[" + p + "].cards[" + c + "]";
                    String earlier = card.content() == null ? null : cards.putIfAbsent(card.content(), field);
                    problems.require(
                            earlier == null,
                            field + ".content",
                            "is the text of " + earlier + " too; the demo finds a card by its text");
                    problems.require(
                            card.dotCount() <= participants.size(),
                            field + ".dots",
                            "must be at most " + participants.size()
                                    + ", the number of participants: each gives a card one dot at most");
                    dots += card.dotCount();
                }
                List<Pledge> pledges =
                        participant == null || participant.pledges() == null ? List.of() : participant.pledges();
                for (int i = 0; i < pledges.size(); i++) {
                    Pledge pledge = pledges.get(i);
                    problems.require(
                            pledge == null
                                    || pledge.content() == null
                                    || pledge.content().length() <= ContributionLimits.PLEDGE_LENGTH,
                            "participants[" + p + "].pledges[" + i + "].content",
                            "must be at most " + ContributionLimits.PLEDGE_LENGTH + " characters, as a pledge");
                }
            }
            int dotsToGive = participants.size() * ContributionLimits.DOTS_PER_PARTICIPANT;
            problems.require(
                    dots <= dotsToGive,
                    "participants",
                    "give " + dots + " dots in all, but " + participants.size() + " participants have "
                            + dotsToGive + " (" + ContributionLimits.DOTS_PER_PARTICIPANT
                            + " each): the session would drop the rest");
            return problems.none();
        }
    }

    /** Dots and principles are for remedy cards; a principle is chosen from the cards that got dots. */
    final class CardRules implements ConstraintValidator<DemoIntervisionRules, DemoIntervisionFile.DemoCard> {

        @Override
        public boolean isValid(DemoIntervisionFile.DemoCard card, ConstraintValidatorContext context) {
            DemoRules.Problems problems = new DemoRules.Problems(context);
            boolean remedy = card.tag() == null || isRemedy(card.tag());
            problems.require(
                    remedy || card.dotCount() == 0,
                    "dots",
                    "are for a remedy card only, tagged one of "
                            + Arrays.stream(CardTag.values())
                                    .filter(CardRules::isRemedy)
                                    .toList());
            problems.require(
                    !card.isChosen() || remedy && card.dotCount() > 0,
                    "chosen",
                    "is for a remedy card with dots only: principles are chosen from the dotted remedies");
            return problems.none();
        }

        /** A tag of the remedy column, the column of {@link CardTag#WITHIN_INFLUENCE}. */
        private static boolean isRemedy(CardTag tag) {
            return tag.column() == CardTag.WITHIN_INFLUENCE.column();
        }
    }
}
