package nl.afsluitwijzer.intervision.web;

import jakarta.validation.constraints.Size;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import org.jspecify.annotations.Nullable;

/** The notes of the reflective round (step 3), with the version of the case the form was opened on. */
record ReflectionForm(
        @Size(max = CaseDiscussions.REFLECTION_LENGTH) @Nullable
        String reflection,

        @Nullable Integer version) {}
