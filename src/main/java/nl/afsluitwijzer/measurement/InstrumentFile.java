package nl.afsluitwijzer.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of an instrument definition file, exactly as written (everything may be absent).
 * It checks that what is required is there, with the path of each field, and builds the
 * {@link Instrument}, which checks the rest.
 */
record InstrumentFile(
        @Nullable String code,
        @Nullable Text name,
        @Nullable Text description,
        @Nullable Text instruction,
        @Nullable String loinc,
        @Nullable Boolean perGoal,
        @Nullable List<@Nullable ItemEntry> items,
        @Nullable List<@Nullable OptionEntry> options,
        @Nullable String scoring,
        @Nullable Integer min,
        @Nullable Integer max,
        @Nullable String direction,
        @Nullable Integer clinicalCutoff,
        @Nullable Integer reliableChange,
        @Nullable List<@Nullable BandEntry> bands,
        @Nullable String licence) {

    record Text(@Nullable String nl, @Nullable String en) {}

    record ItemEntry(@Nullable Text text, @Nullable Integer riskAbove) {}

    record OptionEntry(@Nullable Integer value, @Nullable Text label) {}

    record BandEntry(
            @Nullable String code,
            @Nullable Integer from,
            @Nullable Integer to,
            @Nullable Text label) {}

    Instrument toInstrument() {
        return new Instrument(
                text(code, "code"),
                localized(name, "name"),
                localized(description, "description"),
                localized(instruction, "instruction"),
                loinc,
                present(perGoal, "perGoal"),
                numbered(list(
                        items,
                        "items",
                        (entry, path) -> new ItemText(localized(entry.text(), path + ".text"), entry.riskAbove()))),
                list(
                        options,
                        "options",
                        (entry, path) -> new AnswerOption(
                                present(entry.value(), path + ".value"), localized(entry.label(), path + ".label"))),
                oneOf(ScoringMethod.class, scoring, "scoring"),
                present(min, "min"),
                present(max, "max"),
                oneOf(Direction.class, direction, "direction"),
                clinicalCutoff,
                present(reliableChange, "reliableChange"),
                list(bands, "bands", InstrumentFile::band),
                text(licence, "licence"));
    }

    private static SeverityBand band(BandEntry entry, String path) {
        return new SeverityBand(
                text(entry.code(), path + ".code"),
                present(entry.from(), path + ".from"),
                present(entry.to(), path + ".to"),
                localized(entry.label(), path + ".label"));
    }

    private record ItemText(LocalizedText text, @Nullable Integer riskAbove) {}

    private static List<Item> numbered(List<ItemText> texts) {
        return IntStream.range(0, texts.size())
                .mapToObj(index -> new Item(
                        index + 1, texts.get(index).text(), texts.get(index).riskAbove()))
                .toList();
    }

    private static <E, T> List<T> list(
            @Nullable List<@Nullable E> entries, String field, BiFunction<E, String, T> convert) {
        List<T> converted = new ArrayList<>();
        for (int index = 0; index < present(entries, field).size(); index++) {
            String path = field + "[" + index + "]";
            converted.add(convert.apply(
                    present(
                            Objects.requireNonNull(entries, "checked by present above")
                                    .get(index),
                            path),
                    path));
        }
        return converted;
    }

    private static LocalizedText localized(@Nullable Text text, String field) {
        Text present = present(text, field);
        return new LocalizedText(text(present.nl(), field + ".nl"), text(present.en(), field + ".en"));
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, @Nullable String value, String field) {
        String name = text(value, field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw DefinitionRules.fail(field, "is '" + name + "' but must be one of " + List.of(type.getEnumConstants()));
    }

    private static String text(@Nullable String value, String field) {
        String text = present(value, field);
        if (text.isBlank()) {
            throw DefinitionRules.fail(field, "must not be empty");
        }
        return text;
    }

    private static <T> T present(@Nullable T value, String field) {
        if (value == null) {
            throw DefinitionRules.fail(field, "is required but missing");
        }
        return value;
    }
}
