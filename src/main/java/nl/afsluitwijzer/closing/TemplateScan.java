package nl.afsluitwijzer.closing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afsluitwijzer.closing.internal.Placeholder;
import org.jspecify.annotations.Nullable;

/**
 * Reads a template a manager wrote and keeps, as Mustache tags, only the known placeholders in a place where they
 * make sense. Everything else — other braces, unescaped output, partials, delimiter changes, comments, unclosed
 * sections, markup, code of any template language — becomes escaped text, braces included, so Mustache never sees
 * it as a tag and the letter shows it as written.
 */
final class TemplateScan {

    private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

    /** The Mustache source made only of escaped text and known tags, and the tags that stay text. */
    record Result(String mustache, List<String> unknown) {}

    private TemplateScan() {}

    static Result of(String template) {
        List<Tag> tags = tags(template);
        Set<Integer> paired = pairedSections(tags);
        StringBuilder out = new StringBuilder();
        Set<String> unknown = new LinkedHashSet<>();
        Deque<Placeholder> open = new ArrayDeque<>();
        int from = 0;
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            out.append(escape(template.substring(from, tag.start())));
            String kept = paired.contains(i) ? section(tag, open) : variable(tag, open);
            if (kept == null) {
                out.append(escape(tag.raw()));
                unknown.add(tag.raw());
            } else {
                out.append(kept);
            }
            from = tag.end();
        }
        out.append(escape(template.substring(from)));
        return new Result(out.toString(), List.copyOf(unknown));
    }

    /** HTML-escapes a text; braces too, so no text a manager or client wrote can form a Mustache tag. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars()
                .forEach(c -> out.append(
                        switch (c) {
                            case '&' -> "&amp;";
                            case '<' -> "&lt;";
                            case '>' -> "&gt;";
                            case '"' -> "&quot;";
                            case '\'' -> "&#39;";
                            case '{' -> "&#123;";
                            case '}' -> "&#125;";
                            default -> String.valueOf((char) c);
                        }));
        return out.toString();
    }

    private static @Nullable String section(Tag tag, Deque<Placeholder> open) {
        Placeholder placeholder = Placeholder.named(tag.name()).orElseThrow();
        if (tag.sigil() == '/') {
            open.pop();
        } else {
            open.push(placeholder);
        }
        return "{{" + tag.sigil() + tag.name() + "}}";
    }

    private static @Nullable String variable(Tag tag, Deque<Placeholder> open) {
        if (tag.sigil() != 0) {
            return null;
        }
        String name = tag.name();
        boolean known = ".".equals(name)
                ? !open.isEmpty()
                        && (open.peek().kind() == Placeholder.Kind.TEXT
                                || open.peek().kind() == Placeholder.Kind.LIST)
                : Placeholder.GOAL_FIELDS.contains(name)
                        ? open.stream().anyMatch(p -> p.kind() == Placeholder.Kind.GOALS)
                        : Placeholder.named(name).filter(Placeholder::writable).isPresent();
        return known ? "{{" + name + "}}" : null;
    }

    /** The indexes of section tags of a known placeholder that open and close properly, innermost first. */
    private static Set<Integer> pairedSections(List<Tag> tags) {
        Set<Integer> paired = new HashSet<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            if (tag.sigil() == 0 || Placeholder.named(tag.name()).isEmpty()) {
                continue;
            }
            if (tag.sigil() != '/') {
                open.push(i);
            } else if (!open.isEmpty() && tags.get(open.peek()).name().equals(tag.name())) {
                paired.add(open.pop());
                paired.add(i);
            }
        }
        return paired;
    }

    private static List<Tag> tags(String template) {
        List<Tag> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(template);
        while (matcher.find()) {
            String inner = matcher.group(1).strip();
            char first = inner.isEmpty() ? 0 : inner.charAt(0);
            boolean section = first == '#' || first == '^' || first == '/';
            tags.add(new Tag(
                    matcher.start(),
                    matcher.end(),
                    matcher.group(),
                    section ? first : 0,
                    section ? inner.substring(1).strip() : inner));
        }
        return tags;
    }

    /** One {{…}} in the template; sigil is #, ^ or / for a section tag, 0 otherwise. */
    private record Tag(int start, int end, String raw, char sigil, String name) {}
}
