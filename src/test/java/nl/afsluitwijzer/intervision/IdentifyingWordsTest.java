package nl.afsluitwijzer.intervision;

import static org.assertj.core.api.Assertions.assertThat;

import nl.afsluitwijzer.intervision.internal.IdentifyingWords;
import org.junit.jupiter.api.Test;

/** The client's name and reference are found in free text as whole words, whatever the case or diacritics. */
class IdentifyingWordsTest {

    @Test
    void findsTheWholeNameAndEachPartWhateverTheCase() {
        IdentifyingWords words = IdentifyingWords.of("Sanne de Vries", "EPD-4711");
        assertThat(words.foundIn("Sanne de Vries wil minder piekeren"))
                .containsExactly("Sanne de Vries", "Sanne", "Vries");
        assertThat(words.foundIn("mevrouw VRIES belde")).containsExactly("VRIES");
        assertThat(words.foundIn("sanne zegt dat het beter gaat")).containsExactly("sanne");
        assertThat(words.foundIn("Minder piekeren over werk, beter slapen.")).isEmpty();
    }

    @Test
    void findsNamesWithDiacriticsWrittenWithOrWithoutThem() {
        IdentifyingWords words = IdentifyingWords.of("Zoë Çelik", "R-1");
        assertThat(words.foundIn("Met zoe besproken")).containsExactly("zoe");
        assertThat(words.foundIn("ZOË en haar zus")).containsExactly("ZOË");
        assertThat(words.foundIn("familie Celik")).containsExactly("Celik");
        assertThat(words.foundIn("Zoë Çelik kwam te laat")).containsExactly("Zoë Çelik", "Zoë", "Çelik");
        IdentifyingWords plain = IdentifyingWords.of("Noe Smit", "R-2");
        assertThat(plain.foundIn("Noë belde af")).containsExactly("Noë");
    }

    @Test
    void findsTheReferenceOnlyAsAWholeWordNotInsideAnother() {
        IdentifyingWords words = IdentifyingWords.of("Ahmed", "AB123");
        assertThat(words.foundIn("dossier AB1234")).isEmpty();
        assertThat(words.foundIn("dossier XAB123")).isEmpty();
        assertThat(words.foundIn("dossier ab123.")).containsExactly("ab123");
        assertThat(words.foundIn("(AB123)")).containsExactly("AB123");
        assertThat(words.foundIn("Ahmedabad is een stad")).isEmpty();
    }

    @Test
    void aNameIsNotFoundInsideAnotherWord() {
        IdentifyingWords words = IdentifyingWords.of("Eva Bos", "R-3");
        assertThat(words.foundIn("De evaluatie was positief, de bosbouw niet.")).isEmpty();
        assertThat(words.foundIn("Eva's moeder")).containsExactly("Eva");
        assertThat(words.foundIn("gesprek met Eva-Marie")).containsExactly("Eva");
    }

    @Test
    void shortPartsAndNameParticlesAreNoIdentifyingWordsOfTheirOwn() {
        IdentifyingWords words = IdentifyingWords.of("Jo Li", "R-4");
        assertThat(words.foundIn("Jo zei dat Li het wist")).isEmpty();
        assertThat(words.foundIn("Volgens Jo Li is het klaar")).containsExactly("Jo Li");
        IdentifyingWords particles = IdentifyingWords.of("Anne van der Berg-Ter Horst", "R-5");
        assertThat(particles.foundIn("van het werk naar huis, ter plekke, der dagen"))
                .isEmpty();
        assertThat(particles.foundIn("Horst en Berg")).containsExactly("Berg", "Horst");
        assertThat(particles.foundIn("anne")).containsExactly("anne");
    }

    @Test
    void aShortReferenceOrAnEmptyNameFindsNothing() {
        IdentifyingWords words = IdentifyingWords.of("", "A1");
        assertThat(words.foundIn("A1 en A1")).isEmpty();
        assertThat(IdentifyingWords.of(null, null).foundIn("wat dan ook")).isEmpty();
        assertThat(IdentifyingWords.of("Sanne", "X-77").foundIn(null)).isEmpty();
    }
}
