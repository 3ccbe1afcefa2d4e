package nl.afsluitwijzer.intervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import nl.afsluitwijzer.intervision.internal.JoinCode;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void aRandomCodeHasSixCharactersWithoutLookAlikes() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(JoinCode.random(random).value()).hasSize(6).doesNotContainPattern("[01OIL]");
        }
    }

    @Test
    void whatAPersonTypesIsForgivenCaseSpacesAndDashes() {
        assertThat(JoinCode.parse(" k7p 4qx")).contains(new JoinCode("K7P4QX"));
        assertThat(JoinCode.parse("k7p-4qx")).contains(new JoinCode("K7P4QX"));
        assertThat(new JoinCode("K7P4QX").spaced()).isEqualTo("K7P 4QX");
    }

    @Test
    void somethingThatCannotBeACodeIsRefused() {
        assertThat(JoinCode.parse("K7P4Q")).isEmpty();
        assertThat(JoinCode.parse("K7P4Q0")).isEmpty();
        assertThat(JoinCode.parse("<script>")).isEmpty();
        assertThat(JoinCode.parse(null)).isEmpty();
    }
}
