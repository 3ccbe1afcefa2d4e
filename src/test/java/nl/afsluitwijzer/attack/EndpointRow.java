package nl.afsluitwijzer.attack;

import java.util.LinkedHashMap;
import java.util.Map;

/** One row of the access table: "METHOD /pattern", the status per role, and form parameters to send. */
record EndpointRow(String endpoint, int anonymous, int therapist, int manager, int admin, Map<String, String> params) {

    EndpointRow with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(params);
        more.put(name, value);
        return new EndpointRow(endpoint, anonymous, therapist, manager, admin, more);
    }

    String method() {
        return endpoint.substring(0, endpoint.indexOf(' '));
    }

    String pattern() {
        return endpoint.substring(endpoint.indexOf(' ') + 1);
    }

    @Override
    public String toString() {
        return endpoint;
    }
}
