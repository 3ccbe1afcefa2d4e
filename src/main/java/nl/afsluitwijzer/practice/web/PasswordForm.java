package nl.afsluitwijzer.practice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.afsluitwijzer.practice.UserAdministration;

record PasswordForm(@NotBlank String currentPassword,
        @NotBlank @Size(min = UserAdministration.MIN_PASSWORD_LENGTH, max = 200) String newPassword,
        @NotBlank String repeatPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
