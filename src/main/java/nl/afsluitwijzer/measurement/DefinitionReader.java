package nl.afsluitwijzer.measurement;

import java.io.Reader;
import nl.afsluitwijzer.shared.StrictJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** Reads one instrument definition file and tells what is wrong with it in terms of the file. */
final class DefinitionReader {

    private static final JsonMapper JSON = StrictJson.MAPPER;

    private DefinitionReader() {}

    static Instrument read(String source, Reader json) {
        try {
            InstrumentFile file = JSON.readValue(json, InstrumentFile.class);
            if (file == null) {
                throw new InstrumentDefinitionException(null, "the file must hold exactly one JSON object, not null");
            }
            return file.toInstrument();
        } catch (InstrumentDefinitionException e) {
            throw e.in(source);
        } catch (JacksonException e) {
            throw new InstrumentDefinitionException(source, path(e), problem(e), e);
        }
    }

    private static String problem(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return StrictJson.unknownField(unknown);
        }
        if (e instanceof MismatchedInputException mismatch
                && !e.getPath().isEmpty()
                && mismatch.getTargetType() != null) {
            return "must be " + StrictJson.expected(mismatch.getTargetType());
        }
        if (e instanceof StreamReadException) {
            return "not valid JSON" + StrictJson.at(e) + ": " + e.getOriginalMessage();
        }
        return "the file must hold exactly one JSON object { ... }" + StrictJson.at(e);
    }

    /** The JSON path of the offending field, like {@code bands[2].to}; null at the top level. */
    private static @Nullable String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
