package nl.afsluitwijzer.measurement;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An instrument definition that cannot be used. The message names the file, the field (as a
 * path such as {@code bands[2].to}) and what is wrong, so that whoever edits the file can fix it.
 */
public final class InstrumentDefinitionException extends RuntimeException {

    private final @Nullable String source;
    private final @Nullable String field;
    private final String problem;

    InstrumentDefinitionException(@Nullable String field, String problem) {
        this(null, field, problem, null);
    }

    InstrumentDefinitionException(
            @Nullable String source, @Nullable String field, String problem, @Nullable Throwable cause) {
        super(describe(source, field, problem), cause);
        this.source = source;
        this.field = field;
        this.problem = problem;
    }

    private static String describe(@Nullable String source, @Nullable String field, String problem) {
        String where = field == null ? "" : "field '" + field + "': ";
        return (source == null ? "" : source + ": ") + where + problem;
    }

    /** The same problem, told as found in the given file. */
    InstrumentDefinitionException in(String source) {
        return new InstrumentDefinitionException(source, field, problem, this);
    }

    /** The file (or other source) of the definition, when known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The path of the offending field, such as {@code bands[2].to}; empty for a problem with the whole file. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** What is wrong, without the file and field. */
    public String problem() {
        return problem;
    }
}
