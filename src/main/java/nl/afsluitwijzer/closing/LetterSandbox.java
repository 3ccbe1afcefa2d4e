package nl.afsluitwijzer.closing;

import java.util.Map;
import java.util.regex.Pattern;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders a letter template a manager wrote, in a sandbox: its own template engine that knows no beans, no
 * request and no other templates, only the values it is given (plain texts, lists and maps). Everything is
 * escaped: a template that asks for unescaped output is refused, so a client's text can never become markup.
 */
final class LetterSandbox {

    private static final Pattern UNESCAPED = Pattern.compile("utext|\\[\\(|th:insert|th:replace|th:include",
            Pattern.CASE_INSENSITIVE);

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    LetterSandbox() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(false);
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(false);
    }

    /** The template filled in with the values; refused with a {@link LetterTemplateException} if it cannot be. */
    String render(String template, Map<String, Object> values) {
        if (UNESCAPED.matcher(template).find()) {
            throw new LetterTemplateException("closing.template.unescaped", "");
        }
        try {
            return engine.process(template, new Context(java.util.Locale.forLanguageTag("nl"), values));
        } catch (TemplateProcessingException | IllegalArgumentException | IllegalStateException e) {
            throw new LetterTemplateException("closing.template.error", describe(e));
        }
    }

    private static String describe(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // the whole template is the "template name" of a string template: keep the message short
        return message.replaceAll("\\(template: \"(?s:.*?)\" - ", "(").replaceAll("\\s+", " ")
                + (cause != e && cause.getMessage() != null ? " — " + cause.getMessage() : "");
    }
}
