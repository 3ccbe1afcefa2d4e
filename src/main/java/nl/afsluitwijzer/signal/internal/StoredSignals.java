package nl.afsluitwijzer.signal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
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

    static List<Signal> read(String stored) {
        JsonNode array;
        try {
            array = JSON.readTree(stored);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored signals unreadable: " + e.getOriginalMessage(), e);
        }
        List<Signal> signals = new ArrayList<>();
        for (JsonNode node : array) {
            List<Object> arguments = new ArrayList<>();
            node.get("arguments").forEach(argument -> arguments.add(argument(argument)));
            signals.add(new Signal(
                    SignalCode.valueOf(node.get("code").asString()),
                    Severity.valueOf(node.get("severity").asString()),
                    node.get("fingerprint").asString(),
                    arguments,
                    node.get("acknowledged").asBoolean()));
        }
        return List.copyOf(signals);
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

    private static Object argument(JsonNode node) {
        java.util.Map.Entry<String, JsonNode> typed =
                node.properties().iterator().next();
        String type = typed.getKey();
        JsonNode value = typed.getValue();
        return switch (type) {
            case "int" -> value.intValue();
            case "long" -> value.longValue();
            case "double" -> Double.valueOf(value.asString());
            case "decimal" -> new BigDecimal(value.asString());
            case "date" -> LocalDate.parse(value.asString());
            case "boolean" -> value.booleanValue();
            case "text" -> value.asString();
            default -> throw new IllegalStateException("stored signal argument of unknown type " + type);
        };
    }
}
