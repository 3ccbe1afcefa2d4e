package nl.afsluitwijzer.treatment;

import java.text.Normalizer;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * A client reference as the practice means it, whatever the keyboard or the copied text did to it: one Unicode form
 * (NFC, so "é" typed or composed is one and the same client) without surrounding spaces, and never with an
 * invisible character (control or format: a zero-width space, a right-to-left override, a byte-order mark) that
 * would make two references look alike while they differ.
 */
public final class ClientReference {

    private ClientReference() {}

    /** NFC and stripped; null stays null (the form's own checks report a missing reference). */
    @Contract("!null -> !null")
    public static @Nullable String normalised(@Nullable String reference) {
        return reference == null
                ? null
                : Normalizer.normalize(reference, Normalizer.Form.NFC).strip();
    }

    /** Whether the text holds a control or format character (Unicode categories Cc and Cf). */
    public static boolean hasInvisibleCharacter(String text) {
        return text.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT);
    }

    /** Normalised, or refused with a message that says what to fix. */
    @Contract("!null -> !null")
    static @Nullable String checked(@Nullable String reference) {
        String normalised = normalised(reference);
        if (normalised != null && hasInvisibleCharacter(normalised)) {
            throw DomainException.refused("treatment.client.reference.invisible");
        }
        return normalised;
    }
}
