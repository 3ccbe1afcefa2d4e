package nl.afsluitwijzer.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules();

    @Test
    void shipsAtLeastTheTenThousandMostCommonPasswords() {
        assertThat(rules.size()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void countsTheLimitInUtf8BytesNotCharacters() {
        assertThat(rules.problemWith("paarse olifant " + "x".repeat(57), "anna"))
                .isEmpty();
        assertThat(rules.problemWith("paarse olifant " + "x".repeat(58), "anna"))
                .hasValue("password.rule.too-long");
        // 45 characters, 75 bytes
        assertThat(rules.problemWith("é".repeat(30) + " paarse olifant", "anna"))
                .hasValue("password.rule.too-long");
        // 44 characters, 72 bytes: still fine
        assertThat(rules.problemWith("é".repeat(28) + " paarse olifant!", "anna"))
                .isEmpty();
        assertThat(rules.problemWith("paarse olifant " + "😀".repeat(15), "anna"))
                .hasValue("password.rule.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Welkom01Welkom01", "abcabcabcabc", "Zomer2024!Zomer2024!", "ik ben hier ik ben hier "})
    void refusesARepetitionOfAShortPart(String password) {
        assertThat(rules.problemWith(password, "anna")).hasValue("password.rule.repeated");
    }

    @Test
    void refusesTheApplicationNameTheOwnNameAndThePracticeName() {
        PasswordRules named = new PasswordRules(username -> List.of(
                new PasswordRules.Name("annadevries", "password.rule.own-name"),
                new PasswordRules.Name("praktijkdewissel", "password.rule.practice-name"),
                new PasswordRules.Name("wissel", "password.rule.practice-name")));
        assertThat(named.problemWith("mijn AfsluitWijzer sleutel", "anna")).hasValue("password.rule.application-name");
        assertThat(named.problemWith("Anna de Vries heeft een fiets", "anna2")).hasValue("password.rule.own-name");
        assertThat(named.problemWith("werken bij Praktijk De Wissel!", "anna2"))
                .hasValue("password.rule.practice-name");
        assertThat(named.problemWith("de WISSEL van de trein", "anna2")).hasValue("password.rule.practice-name");
        assertThat(named.problemWith("paarse olifant op de fiets", "anna2")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "wachtwoord123",
                "Wachtwoord1234!",
                "welkom123456",
                "qwertyuiop123",
                "123456789012",
                "passwordpassword",
                "Password12345",
                "!!Feyenoord2024!!",
                "1q2w3e4r5t6y",
                "iloveyou1234"
            })
    void refusesCommonPasswordsAlsoWithDigitsOrPunctuationAround(String password) {
        assertThat(rules.problemWith(password, "anna")).hasValue("password.rule.common");
    }

    @Test
    void refusesShortPasswordsTheUserNameAndRepetition() {
        assertThat(rules.problemWith("kort", "anna")).hasValue("password.rule.too-short");
        assertThat(rules.problemWith("demo", "manager")).hasValue("password.rule.too-short");
        assertThat(rules.problemWith("x".repeat(201), "anna")).hasValue("password.rule.too-long");
        assertThat(rules.problemWith("x".repeat(73), "anna")).hasValue("password.rule.too-long");
        assertThat(rules.problemWith("mijn naam is behandelaar", "behandelaar")).hasValue("password.rule.username");
        assertThat(rules.problemWith("abababababababa", "anna")).hasValue("password.rule.repetitive");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "paarse olifant op de fiets",
                "Zeven kleine koekjes!",
                "correct paard batterij",
                "tijdig en zorgvuldig afsluiten"
            })
    void acceptsLongUncommonPassphrasesWithoutClassRules(String password) {
        assertThat(rules.problemWith(password, "anna")).isEmpty();
    }
}
