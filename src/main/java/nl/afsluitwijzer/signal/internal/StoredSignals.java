package nl.afsluitwijzer.signal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every signal of a treatment as the stored signal state keeps it (column {@code signals}), so that a caseload of
 * today can show a row without running the engine: code, severity, fingerprint, acknowledged, and each message
 * argument with its type, for the explanation reads the same from the stored signal as from the computed one. A
 * signal with an argument of a type not listed here cannot be stored: {@link #write} refuses it, so a new rule
 * that passes one fails its first test rather than showing a wrong explanation.
 */
final class StoredSignals {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private StoredSignals() {}

    static String write(List<Signal> signals) {
        ArrayNode array = JSON.createArrayNode();
        for (Signal signal : signals) {
            ObjectNode node = array.addObject();
            node.put("code", signal.code().name());
            node.put("severity", signal.severity().name());
            node.put("fingerprint", signal.fingerprint());
            node.put("acknowledged", signal.acknowledged());
            ArrayNode arguments = node.putArray("arguments");
            for (Object argument : signal.messageArguments()) {
                arguments.add(argument(argument));
            }
        }
        return JSON.writeValueAsString(array);
    }

    /**
     * The signals of a stored state, read token by token (a caseload reads one state per row: building a tree of
     * each was a sixth of the request).
     */
    static List<Signal> read(String stored) {
        try (JsonParser parser = JSON.createParser(stored)) {
            expect(parser.nextToken(), JsonToken.START_ARRAY);
            List<Signal> signals = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                expect(token, JsonToken.START_OBJECT);
                signals.add(signal(parser));
            }
            return List.copyOf(signals);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("stored signals unreadable: " + e.getMessage(), e);
        }
    }

    private static Signal signal(JsonParser parser) {
        String code = null;
        String severity = null;
        String fingerprint = null;
        Boolean acknowledged = null;
        List<Object> arguments = null;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            expect(token, JsonToken.PROPERTY_NAME);
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "code" -> code = parser.getString();
                case "severity" -> severity = parser.getString();
                case "fingerprint" -> fingerprint = parser.getString();
                case "acknowledged" -> acknowledged = parser.getBooleanValue();
                case "arguments" -> {
                    expect(value, JsonToken.START_ARRAY);
                    arguments = arguments(parser);
                }
                default -> parser.skipChildren();
            }
        }
        return new Signal(
                SignalCode.valueOf(Objects.requireNonNull(code, "code")),
                Severity.valueOf(Objects.requireNonNull(severity, "severity")),
                Objects.requireNonNull(fingerprint, "fingerprint"),
                Objects.requireNonNull(arguments, "arguments"),
                Objects.requireNonNull(acknowledged, "acknowledged"));
    }

    /** The arguments, each an object {"type": value}; the parser stands on the array's start. */
    private static List<Object> arguments(JsonParser parser) {
        List<Object> arguments = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            expect(token, JsonToken.START_OBJECT);
            expect(parser.nextToken(), JsonToken.PROPERTY_NAME);
            String type = parser.currentName();
            parser.nextToken();
            arguments.add(argument(type, parser));
            expect(parser.nextToken(), JsonToken.END_OBJECT);
        }
        return arguments;
    }

    private static void expect(@Nullable JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new IllegalArgumentException("expected " + expected + ", found " + token);
        }
    }

    /** One argument as {"type": value}; the value of a decimal or a date as text, so nothing is rounded. */
    private static ObjectNode argument(Object argument) {
        ObjectNode node = JSON.createObjectNode();
        if (argument instanceof Integer i) {
            node.put("int", i);
        } else if (argument instanceof Long l) {
            node.put("long", l);
        } else if (argument instanceof Double d) {
            node.put("double", Double.toString(d));
        } else if (argument instanceof BigDecimal b) {
            node.put("decimal", b.toString());
        } else if (argument instanceof LocalDate date) {
            node.put("date", date.toString());
        } else if (argument instanceof Boolean b) {
            node.put("boolean", b);
        } else if (argument instanceof String s) {
            node.put("text", s);
        } else {
            throw new IllegalArgumentException(
                    "a signal argument of type " + argument.getClass().getName() + " cannot be stored");
        }
        return node;
    }

    private static Object argument(String type, JsonParser value) {
        return switch (type) {
            case "int" -> value.getIntValue();
            case "long" -> value.getLongValue();
            case "double" -> Double.valueOf(value.getString());
            case "decimal" -> new BigDecimal(value.getString());
            case "date" -> LocalDate.parse(value.getString());
            case "boolean" -> value.getBooleanValue();
            case "text" -> value.getString();
            default -> throw new IllegalStateException("stored signal argument of unknown type " + type);
        };
    }
}
