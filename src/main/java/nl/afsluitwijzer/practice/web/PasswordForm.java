package nl.afsluitwijzer.practice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.afsluitwijzer.practice.UserAdministration;

/** A new password; the current password (and a code, with 2FA) confirm it is the user. */
record PasswordForm(
        @NotBlank String currentPassword,
        @Size(max = 40) String code,

        @NotBlank @Size(min = UserAdministration.MIN_PASSWORD_LENGTH, max = 200)
        String newPassword,

        @NotBlank String repeatPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "", "");
    }
}
