package nl.afsluitwijzer.treatment.api;

import java.time.LocalDate;
import java.util.Objects;
import nl.afsluitwijzer.treatment.Discussion;
import nl.afsluitwijzer.treatment.DiscussionKind;
import org.jspecify.annotations.Nullable;

/** A discussion of the treatment (intervision, team, MDO) as the API returns it. */
public record DiscussionView(
        Long id,
        LocalDate date,
        DiscussionKind kind,
        @Nullable String note) {

    public static DiscussionView of(Discussion discussion) {
        return new DiscussionView(
                Objects.requireNonNull(discussion.getId(), "stored"),
                discussion.getDiscussedOn(),
                discussion.getKind(),
                discussion.getNote());
    }
}
