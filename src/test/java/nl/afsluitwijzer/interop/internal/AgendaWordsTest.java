package nl.afsluitwijzer.interop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.afsluitwijzer.treatment.SessionKind;
import org.junit.jupiter.api.Test;

class AgendaWordsTest {

    private final AgendaWords words = AgendaWords.load();

    @Test
    void noWordMeansBothCameAndDidNotCome() {
        assertThat(words.yes()).doesNotContainAnyElementsOf(words.no());
        assertThat(words.attended("verschenen")).contains(true);
        assertThat(words.attended("niet verschenen")).contains(false);
        assertThat(words.attended("misschien")).isEmpty();
    }

    @Test
    void everyKindOfSessionHasDutchAndEnglishWords() {
        Arrays.stream(SessionKind.values())
                .forEach(kind ->
                        assertThat(words.kinds().values()).as(kind.name()).contains(kind));
        assertThat(words.kind("afsluitgesprek")).isEqualTo(SessionKind.CLOSING);
        assertThat(words.kind("overig contact")).isEqualTo(SessionKind.OTHER);
        assertThat(words.kind("evaluation")).isEqualTo(SessionKind.EVALUATION);
    }
}
