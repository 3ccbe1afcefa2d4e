package nl.afsluitwijzer.portal.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The answers a client has given so far, kept in their (anonymous) session until they send them. */
final class ClientAnswers {

    private static final String PREFIX = "portal.answers.";

    private ClientAnswers() {}

    @SuppressWarnings("unchecked")
    static Map<String, List<Integer>> of(HttpSession session, String token) {
        Object stored = session.getAttribute(PREFIX + token);
        return stored instanceof Map<?, ?> map ? (Map<String, List<Integer>>) map : new HashMap<>();
    }

    static void put(HttpSession session, String token, String instrument, List<Integer> answers) {
        HashMap<String, ArrayList<Integer>> all = new HashMap<>();
        of(session, token).forEach((code, values) -> all.put(code, new ArrayList<>(values)));
        all.put(instrument, new ArrayList<>(answers));
        session.setAttribute(PREFIX + token, all);
    }

    static void clear(HttpSession session, String token) {
        session.removeAttribute(PREFIX + token);
    }
}
