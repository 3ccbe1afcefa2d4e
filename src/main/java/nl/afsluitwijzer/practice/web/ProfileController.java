package nl.afsluitwijzer.practice.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import nl.afsluitwijzer.practice.ApiTokens;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.Reauthentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The user's own profile: change the password, create and revoke personal API tokens. Changing the
 * password and creating a token ask for the password again (and a code, with 2FA).
 */
@Controller
@RequestMapping("/profiel")
class ProfileController {

    private final UserAdministration users;
    private final ApiTokens tokens;
    private final SecondFactors secondFactors;
    private final Reauthentication reauthentication;
    private final Clock clock;

    ProfileController(
            UserAdministration users,
            ApiTokens tokens,
            SecondFactors secondFactors,
            Reauthentication reauthentication,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.secondFactors = secondFactors;
        this.reauthentication = reauthentication;
        this.clock = clock;
    }

    @GetMapping
    String profile(Model model) {
        CurrentUser user = CurrentUser.require();
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", TokenForm.empty());
        }
        model.addAttribute("tokens", tokens.listFor(user.id()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("secondFactor", secondFactors.isEnrolled(user.id()));
        return "practice/profile";
    }

    @PostMapping("/tokens")
    String createToken(
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        if (!errors.hasErrors()) {
            reauthentication
                    .check(user, form.currentPassword(), form.code())
                    .ifPresent(refusal -> errors.rejectValue(refusal.field(), refusal.messageKey()));
        }
        if (errors.hasErrors()) {
            return profile(model);
        }
        redirect.addFlashAttribute(
                "issuedToken", tokens.issue(user.id(), form.name().trim()));
        return "redirect:/profiel";
    }

    @PostMapping("/tokens/{id}/intrekken")
    String revokeToken(@PathVariable Long id, RedirectAttributes redirect) {
        if (tokens.revoke(CurrentUser.require().id(), id)) {
            redirect.addFlashAttribute("message", "profile.tokens.revoked");
        }
        return "redirect:/profiel";
    }

    @GetMapping("/wachtwoord")
    String passwordPage(Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return passwordPage(model, CurrentUser.require());
    }

    @PostMapping("/wachtwoord")
    String changePassword(
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpSession session,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        if (!errors.hasFieldErrors("newPassword")) {
            users.passwordProblem(form.newPassword(), user.username())
                    .ifPresent(problem -> errors.rejectValue("newPassword", problem));
        }
        if (!errors.hasFieldErrors("repeatPassword") && !form.newPassword().equals(form.repeatPassword())) {
            errors.rejectValue("repeatPassword", "password.repeat.different");
        }
        if (!errors.hasErrors()) {
            reauthentication
                    .check(user, form.currentPassword(), form.code())
                    .ifPresent(refusal -> errors.rejectValue(refusal.field(), refusal.messageKey()));
        }
        if (errors.hasErrors()) {
            return passwordPage(model, user);
        }
        users.changePassword(user.id(), form.newPassword(), session.getId());
        session.removeAttribute(UserAdministration.MUST_CHANGE_PASSWORD);
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:/profiel";
    }

    private String passwordPage(Model model, CurrentUser user) {
        model.addAttribute("needsCode", reauthentication.needsCode(user));
        return "practice/password";
    }
}
