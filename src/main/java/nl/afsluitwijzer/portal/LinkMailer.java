package nl.afsluitwijzer.portal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import nl.afsluitwijzer.portal.internal.LinkMailFailed;
import nl.afsluitwijzer.portal.internal.MailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes and sends the mail with a client link: only the practice's name, a neutral subject and the link, never
 * health data, an instrument or a note. In Dutch, the language of the practice's clients.
 */
@Component
class LinkMailer {

    static final Locale CLIENT_LANGUAGE = Locale.forLanguageTag("nl");
    private static final Logger LOG = LoggerFactory.getLogger(LinkMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;

    LinkMailer(
            ObjectProvider<JavaMailSender> sender,
            MessageSource messages,
            @Value("${afsluitwijzer.mail.from:}") String from) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
    }

    /**
     * Whether links can be mailed: Spring Boot made a sender (only when spring.mail.host is set) with a host, and a
     * From address is configured.
     */
    boolean configured() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail instanceof JavaMailSenderImpl impl
                && (impl.getHost() == null || impl.getHost().isBlank())) {
            return false;
        }
        return mail != null && !from.isBlank();
    }

    /** Sends the first mail or the reminder; throws {@link LinkMailFailed} when the server refuses or is away. */
    void send(MailAddress to, String practice, String link, boolean reminder) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || !configured()) {
            throw new LinkMailFailed(new IllegalStateException("no SMTP server configured"));
        }
        String kind = reminder ? "portal.mail.reminder" : "portal.mail.first";
        String subject = text(kind + ".subject", practice);
        String body = text(kind + ".body", practice, link);
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.value());
            helper.setSubject(subject);
            helper.setText(body, html(body, link));
            mail.send(message);
        } catch (MessagingException | MailException e) {
            // without the exception itself: the server's answer may hold the client's address
            LOG.warn("A client link mail could not be sent ({})", causeOf(e));
            throw new LinkMailFailed(e);
        }
    }

    /** The kinds of exception down to the root, for a log line that holds no address. */
    static String causeOf(Throwable failure) {
        StringBuilder kinds = new StringBuilder(failure.getClass().getSimpleName());
        for (Throwable cause = failure.getCause(); cause != null && cause != failure; cause = cause.getCause()) {
            kinds.append(" < ").append(cause.getClass().getSimpleName());
        }
        return kinds.toString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, CLIENT_LANGUAGE);
    }

    /** The same text as simple HTML, with the link clickable. */
    private static String html(String body, String link) {
        String escaped = HtmlUtils.htmlEscape(body).replace("\n", "<br>\n");
        String escapedLink = HtmlUtils.htmlEscape(link);
        return "<!DOCTYPE html><html lang=\"nl\"><body><p>"
                + escaped.replace(escapedLink, "<a href=\"" + escapedLink + "\">" + escapedLink + "</a>")
                + "</p></body></html>";
    }
}
