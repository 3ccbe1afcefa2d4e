package nl.afsluitwijzer.practice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAdministration;

record NewUserForm(
        @NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[a-zA-Z0-9._-]*")
        String username,

        @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role,

        @NotBlank @Size(min = UserAdministration.MIN_PASSWORD_LENGTH, max = 200)
        String initialPassword) {

    static NewUserForm empty() {
        return new NewUserForm("", "", Role.THERAPIST, "");
    }
}
