package nl.afsluitwijzer.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.insight.web.PolicyInWords.Sentence;
import nl.afsluitwijzer.practice.Policy;
import org.junit.jupiter.api.Test;

class PolicyInWordsTest {

    @Test
    void everySettingOfThePolicyIsInASentence() {
        List<Sentence> sentences =
                PolicyInWords.of(new Policy(LocalDate.of(2026, 2, 1), 10, 15, 3, 5, 4, 35, 30, 300, 600, 4));
        assertThat(sentences)
                .containsExactly(
                        new Sentence("insight.norm1.policy.expected", 10, 15),
                        new Sentence("insight.norm1.policy.mid", 10, 5),
                        new Sentence("insight.norm1.policy.measure", 5),
                        new Sentence("insight.norm1.policy.alliance", 4),
                        new Sentence("insight.norm1.policy.overrun", 3),
                        new Sentence("insight.norm1.policy.extension"),
                        new Sentence("insight.norm1.policy.plateau", 4, 35),
                        new Sentence("insight.norm1.policy.no-contact", 30),
                        new Sentence("insight.norm1.policy.long-running", 300, 600),
                        new Sentence("insight.norm1.policy.closing"),
                        new Sentence("insight.norm1.policy.since", LocalDate.of(2026, 2, 1)));
    }

    @Test
    void theHalfwaySessionIsRoundedUpAndTheDefaultsSayTheyAreTheDefaults() {
        List<Sentence> sentences = PolicyInWords.of(Policy.defaults());
        assertThat(sentences).contains(new Sentence("insight.norm1.policy.mid", 12, 6));
        assertThat(sentences.get(sentences.size() - 1)).isEqualTo(new Sentence("insight.norm1.policy.defaults"));
        Policy odd = new Policy(LocalDate.of(2026, 1, 1), 9, 16, 2, 4, 3, 28, 42, 365, 730, 5);
        assertThat(PolicyInWords.of(odd)).contains(new Sentence("insight.norm1.policy.mid", 9, 5));
    }

    @Test
    void aPolicyThatEvaluatesAfterNSessionsSaysSoWithTheEarlierSession() {
        Policy afterFive = new Policy(LocalDate.of(2026, 3, 1), 12, 16, 2, 4, 3, 28, 42, 365, 730, 5, 5);
        assertThat(PolicyInWords.of(afterFive)).contains(new Sentence("insight.norm1.policy.mid.after", 12, 5, 5));
        Policy afterEight = new Policy(LocalDate.of(2026, 3, 1), 12, 16, 2, 4, 3, 28, 42, 365, 730, 5, 8);
        assertThat(PolicyInWords.of(afterEight)).contains(new Sentence("insight.norm1.policy.mid.after", 12, 6, 8));
    }
}
