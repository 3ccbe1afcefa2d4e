package nl.afsluitwijzer.measurement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Severity bands, when an instrument has them, cover min..max from low to high without gaps or overlaps. */
final class BandRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private BandRules() {}

    static void checkBands(List<SeverityBand> bands, int min, int max) {
        if (bands.isEmpty()) {
            return;
        }
        checkCodes(bands);
        for (int index = 0; index < bands.size(); index++) {
            SeverityBand band = bands.get(index);
            if (band.from() > band.to()) {
                throw refuse(index, "to", "is " + band.to() + ", below its from " + band.from());
            }
            if (index == 0 && band.from() != min) {
                throw refuse(
                        index, "from", "is " + band.from() + " but the first band must start at the minimum " + min);
            }
            if (index > 0) {
                checkFollows(bands.get(index - 1), band, index);
            }
        }
        SeverityBand last = bands.get(bands.size() - 1);
        if (last.to() != max) {
            throw refuse(
                    bands.size() - 1, "to", "is " + last.to() + " but the last band must end at the maximum " + max);
        }
    }

    private static void checkFollows(SeverityBand previous, SeverityBand band, int index) {
        if (band.from() <= previous.from()) {
            throw refuse(
                    index,
                    "from",
                    "band " + range(band) + " comes after band " + range(previous)
                            + "; list the bands from low to high");
        }
        if (band.from() <= previous.to()) {
            throw refuse(index, "from", "band " + range(band) + " overlaps band " + range(previous));
        }
        if (band.from() > previous.to() + 1) {
            throw refuse(
                    index,
                    "from",
                    "band " + range(band) + " leaves a gap after band " + range(previous) + ": totals "
                            + (previous.to() + 1) + "\u2013" + (band.from() - 1) + " have no band");
        }
    }

    private static void checkCodes(List<SeverityBand> bands) {
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < bands.size(); index++) {
            String code = bands.get(index).code();
            if (!CODE.matcher(code).matches()) {
                throw refuse(
                        index,
                        "code",
                        "'" + code + "' must be capital letters, digits or underscores, starting with a letter");
            }
            if (!seen.add(code)) {
                throw refuse(index, "code", "'" + code + "' is used by an earlier band");
            }
        }
    }

    private static InstrumentDefinitionException refuse(int index, String name, String problem) {
        return DefinitionRules.fail("bands[" + index + "]." + name, problem);
    }

    private static String range(SeverityBand band) {
        return band.from() + "\u2013" + band.to();
    }
}
