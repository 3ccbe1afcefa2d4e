package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;

/** A small valid definition (2 items scored 0–2, total 0–4) that tests break one field at a time. */
final class TestDefinition {

    static final String FILE = "instruments/test.json";

    static final String VALID = """
            {
              "code": "TEST",
              "name": { "nl": "Test", "en": "Test" },
              "description": { "nl": "A test", "en": "A test" },
              "loinc": null,
              "perGoal": false,
              "instruction": { "nl": "Answer", "en": "Answer" },
              "items": [
                { "text": { "nl": "One", "en": "One" } },
                { "text": { "nl": "Two", "en": "Two" } }
              ],
              "options": [
                { "value": 0, "label": { "nl": "No", "en": "No" } },
                { "value": 1, "label": { "nl": "Some", "en": "Some" } },
                { "value": 2, "label": { "nl": "Much", "en": "Much" } }
              ],
              "scoring": "SUM",
              "min": 0,
              "max": 4,
              "direction": "LOWER_IS_BETTER",
              "clinicalCutoff": 3,
              "reliableChange": 2,
              "bands": [
                { "code": "LOW", "from": 0, "to": 1, "label": { "nl": "Low", "en": "Low" } },
                { "code": "MIDDLE", "from": 2, "to": 2, "label": { "nl": "Middle", "en": "Middle" } },
                { "code": "HIGH", "from": 3, "to": 4, "label": { "nl": "High", "en": "High" } }
              ],
              "licence": "Test only."
            }
            """;

    private TestDefinition() {}

    /** The valid definition with one piece of text replaced; fails the test if that text is not there. */
    static String replacing(String target, String replacement) {
        assertThat(VALID).contains(target);
        return VALID.replace(target, replacement);
    }

    static Instrument load(String json) {
        return InstrumentCatalog.fromJson(Map.of(FILE, json)).get("TEST");
    }

    /** Asserts that loading fails with a message naming the file and the field. */
    static AbstractThrowableAssert<?, ? extends Throwable> refused(String json, String field) {
        return assertThatThrownBy(() -> load(json))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageStartingWith(FILE + ": field '" + field + "': ");
    }
}
