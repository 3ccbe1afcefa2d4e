package nl.afsluitwijzer.practice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Enrolling, new recovery codes or turning 2FA off: the password and a code from the app. */
record SecondFactorForm(
        @NotBlank String currentPassword,
        @NotBlank @Size(max = 40) String code) {

    static SecondFactorForm empty() {
        return new SecondFactorForm("", "");
    }
}
