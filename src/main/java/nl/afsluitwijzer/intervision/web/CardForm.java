package nl.afsluitwijzer.intervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.ContributionLimits;
import org.jspecify.annotations.Nullable;

/** A matrix card from a participant's phone; the tag says the column. */
record CardForm(
        @NotNull @Nullable CardTag tag,

        @NotBlank @Size(max = ContributionLimits.CARD_LENGTH)
        String content) {}
