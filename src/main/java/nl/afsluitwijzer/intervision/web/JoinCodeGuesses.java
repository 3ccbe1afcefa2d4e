package nl.afsluitwijzer.intervision.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Join codes are short, so wrong ones are limited per source address: after 20 in 10 minutes every
 * participant page answers 429 from that address until the window ends (20, not fewer: a whole team may
 * join through the practice's one address, and a closing session ends every phone's polling with a miss). Kept in memory per node (each
 * node allows its own 20; with n nodes an address gets at most 20·n guesses per window, still far too few
 * for the 887 million codes); the map is bounded, so a flood of addresses cannot exhaust memory.
 */
@Component
class JoinCodeGuesses implements HandlerInterceptor {

    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ADDRESSES = 100_000;

    private record Window(Instant start, int wrong) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final MessageSource messages;
    private final Clock clock;
    private final int maxWrong;

    JoinCodeGuesses(
            MessageSource messages, Clock clock, @Value("${afsluitwijzer.join.max-wrong-codes:20}") int maxWrong) {
        this.messages = messages;
        this.clock = clock;
        this.maxWrong = maxWrong;
    }

    /** A code was tried that names no open session. */
    void wrong(HttpServletRequest request) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> w.start().plus(WINDOW).isBefore(now));
        }
        windows.merge(
                request.getRemoteAddr(),
                new Window(now, 1),
                (old, one) -> expired(old, now) ? one : new Window(old.start(), old.wrong() + 1));
    }

    boolean blocked(HttpServletRequest request) {
        Window window = windows.get(request.getRemoteAddr());
        return window != null && !expired(window, clock.instant()) && window.wrong() >= maxWrong;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!blocked(request)) {
            return true;
        }
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(WINDOW.toSeconds()));
        response.setContentType("text/html;charset=UTF-8");
        String text = messages.getMessage("intervision.join.too-many", null, RequestContextUtils.getLocale(request));
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>429"
                        + "</title></head><body><main><p role=\"alert\">" + HtmlUtils.htmlEscape(text)
                        + "</p></main></body></html>");
        return false;
    }

    private static boolean expired(Window window, Instant now) {
        return !window.start().plus(WINDOW).isAfter(now);
    }
}
