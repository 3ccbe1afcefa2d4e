package nl.afsluitwijzer.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nl.afsluitwijzer.signal.internal.AcknowledgementChoice;
import org.junit.jupiter.api.Test;

/** Every signal but SUICIDE_ITEM offers a short list of choices that ends with OTHER; each choice has its texts. */
class AcknowledgementChoicesTest {

    @Test
    void everySignalOffersAShortListEndingWithOtherExceptTheRiskItem() {
        for (SignalCode code : SignalCode.values()) {
            var choices = AcknowledgementChoice.forCode(code);
            if (code == SignalCode.SUICIDE_ITEM) {
                assertThat(choices).isEmpty();
            } else {
                assertThat(choices)
                        .as(code.name())
                        .hasSizeBetween(2, 4)
                        .doesNotHaveDuplicates()
                        .endsWith(AcknowledgementChoice.OTHER);
            }
        }
    }

    @Test
    void aBreakthroughReviewAsksToGoOnOrToStop() {
        assertThat(AcknowledgementChoice.forCode(SignalCode.BREAKTHROUGH_REVIEW))
                .startsWith(AcknowledgementChoice.CONTINUE_ATTEMPT, AcknowledgementChoice.STOP_OR_REFER);
    }

    @Test
    void onlyOtherAndNotApplicableNeedAText() {
        for (AcknowledgementChoice choice : AcknowledgementChoice.values()) {
            assertThat(choice.requiresText())
                    .as(choice.name())
                    .isEqualTo(choice == AcknowledgementChoice.OTHER || choice == AcknowledgementChoice.NOT_APPLICABLE);
        }
    }

    @Test
    void everyChoiceHasItsTextInDutchAndEnglish() throws IOException {
        for (String bundle : new String[] {"messages/caseload.properties", "messages/caseload_en.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (AcknowledgementChoice choice : AcknowledgementChoice.values()) {
                assertThat(texts.getProperty(choice.messageKey()))
                        .as(bundle + " " + choice)
                        .isNotBlank();
            }
        }
    }
}
