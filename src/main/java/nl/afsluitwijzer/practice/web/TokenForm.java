package nl.afsluitwijzer.practice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new personal API token, confirmed with the password (and a code, with 2FA). */
record TokenForm(
        @NotBlank @Size(max = 100) String name,
        @NotBlank String currentPassword,
        @Size(max = 40) String code) {

    static TokenForm empty() {
        return new TokenForm("", "", "");
    }
}
