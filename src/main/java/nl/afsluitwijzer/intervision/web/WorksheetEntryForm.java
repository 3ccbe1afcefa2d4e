package nl.afsluitwijzer.intervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.afsluitwijzer.intervision.SystemLevel;

/** A factor or an action option on one level of the worksheet, typed or picked from the examples. */
record WorksheetEntryForm(
        @NotNull SystemLevel level,
        @NotBlank @Size(max = 300) String content) {}
