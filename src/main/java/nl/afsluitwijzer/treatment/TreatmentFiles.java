package nl.afsluitwijzer.treatment;

import java.util.List;
import java.util.function.Predicate;

/**
 * Treatment files with the {@link TreatmentScope} they were read by, so that other modules read their records of
 * these treatments with that condition (one joined query per table) instead of binding a list of ids. After
 * {@link #only} the scope may cover more treatments than the files: a reader keeps what it needs by id.
 */
public record TreatmentFiles(List<TreatmentFile> files, TreatmentScope scope) {

    public TreatmentFiles {
        files = List.copyOf(files);
    }

    /** One file the caller has already opened (and so was allowed to see). */
    public static TreatmentFiles of(TreatmentFile file) {
        return new TreatmentFiles(List.of(file), TreatmentScope.one(file.id()));
    }

    /** The files that match, read by the same scope. */
    public TreatmentFiles only(Predicate<TreatmentFile> keep) {
        return new TreatmentFiles(files.stream().filter(keep).toList(), scope);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }
}
