package nl.afsluitwijzer.portal.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A client's e-mail address: one local part, one domain with a dot, at most 254 characters. */
public record MailAddress(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public MailAddress {
        if (value == null || value.length() > 254 || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    /** The address typed by a person, trimmed and with the domain in lower case; empty when it is no address. */
    public static Optional<MailAddress> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String trimmed = typed.strip();
        int at = trimmed.lastIndexOf('@');
        if (at < 0 || trimmed.length() > 254 || !FORM.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new MailAddress(trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT)));
    }

    /** For lists: the first letter and the domain, as in "j***@example.nl". */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return masked();
    }
}
