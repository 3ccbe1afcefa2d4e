package nl.afsluitwijzer.privacy.internal;

import java.time.LocalDate;
import nl.afsluitwijzer.privacy.DestructionRequest;
import org.jspecify.annotations.Nullable;

/** A destruction request as the manager records it. */
public record NewDestructionRequest(
        LocalDate receivedOn,
        DestructionRequest.RequestedBy requestedBy,
        @Nullable String note) {}
