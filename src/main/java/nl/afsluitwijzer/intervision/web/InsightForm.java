package nl.afsluitwijzer.intervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One participant's insight of step 5, with their (colleague's) name if they like. */
record InsightForm(
        @Size(max = 100) String participant,
        @NotBlank @Size(max = 500) String content) {

    static InsightForm empty() {
        return new InsightForm("", "");
    }
}
