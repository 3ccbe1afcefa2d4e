package nl.afsluitwijzer.intervision.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code participants type to join a workshop: six characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), so it survives being read from a projector and typed on a phone.
 */
public record JoinCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;

    public JoinCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a join code: " + value);
        }
    }

    public static JoinCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new JoinCode(code.toString());
    }

    /** What a person typed, forgiving case, spaces and dashes; empty when it cannot be a code. */
    public static Optional<JoinCode> parse(String typed) {
        if (typed == null || typed.length() > 20) {
            return Optional.empty();
        }
        String normalized = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return Optional.of(new JoinCode(normalized));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Shown in two groups of three, easier to read aloud: "K7P 4QX". */
    public String spaced() {
        return value.substring(0, 3) + " " + value.substring(3);
    }

    @Override
    public String toString() {
        return value;
    }
}
