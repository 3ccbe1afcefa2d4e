package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules();

    @Test
    void shipsAtLeastTheThousandMostCommonPasswords() {
        assertThat(rules.size()).isGreaterThanOrEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wachtwoord123", "Wachtwoord1234!", "welkom123456", "qwertyuiop123", "123456789012",
            "passwordpassword", "Password12345", "!!Feyenoord2024!!", "1q2w3e4r5t6y", "iloveyou1234"})
    void refusesCommonPasswordsAlsoWithDigitsOrPunctuationAround(String password) {
        assertThat(rules.problemWith(password, "anna")).hasValue("password.rule.common");
    }

    @Test
    void refusesShortPasswordsTheUserNameAndRepetition() {
        assertThat(rules.problemWith("kort", "anna")).hasValue("password.rule.too-short");
        assertThat(rules.problemWith("demo", "manager")).hasValue("password.rule.too-short");
        assertThat(rules.problemWith("x".repeat(201), "anna")).hasValue("password.rule.too-long");
        assertThat(rules.problemWith("mijn naam is behandelaar", "behandelaar")).hasValue("password.rule.username");
        assertThat(rules.problemWith("abababababababab", "anna")).hasValue("password.rule.repetitive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"paarse olifant op de fiets", "Zeven kleine koekjes!", "correct paard batterij",
            "tijdig en zorgvuldig afsluiten"})
    void acceptsLongUncommonPassphrasesWithoutClassRules(String password) {
        assertThat(rules.problemWith(password, "anna")).isEmpty();
    }
}
