package nl.afsluitwijzer.practice.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.ApiTokens;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own profile: change the password, create and revoke personal API tokens. */
@Controller
@RequestMapping("/profiel")
class ProfileController {

    private static final String TOKEN = "API_TOKEN";

    private final UserAdministration users;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    ProfileController(UserAdministration users, ApiTokens tokens, AuditLog audit, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String profile(Model model) {
        CurrentUser user = CurrentUser.require();
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(""));
        }
        model.addAttribute("tokens", tokens.listFor(user.id()));
        model.addAttribute("now", clock.instant());
        return "practice/profile";
    }

    @PostMapping("/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return profile(model);
        }
        ApiTokens.IssuedToken issued = tokens.issue(CurrentUser.require().id(), form.name().trim());
        audit.record(AuditEvent.of(AuditAction.CREATE, TOKEN, issued.id()));
        redirect.addFlashAttribute("issuedToken", issued);
        return "redirect:/profiel";
    }

    @PostMapping("/tokens/{id}/intrekken")
    String revokeToken(@PathVariable Long id, RedirectAttributes redirect) {
        if (tokens.revoke(CurrentUser.require().id(), id)) {
            audit.record(AuditEvent.of(AuditAction.UPDATE, TOKEN, id));
            redirect.addFlashAttribute("message", "profile.tokens.revoked");
        }
        return "redirect:/profiel";
    }

    @GetMapping("/wachtwoord")
    String passwordPage(Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return "practice/password";
    }

    @PostMapping("/wachtwoord")
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
            HttpSession session, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        if (!errors.hasFieldErrors("currentPassword") && !users.passwordMatches(user.id(), form.currentPassword())) {
            errors.rejectValue("currentPassword", "password.current.wrong");
        }
        if (!errors.hasFieldErrors("newPassword") && !form.newPassword().equals(form.repeatPassword())) {
            errors.rejectValue("repeatPassword", "password.repeat.different");
        }
        if (errors.hasErrors()) {
            return "practice/password";
        }
        users.changePassword(user.id(), form.newPassword());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "PASSWORD", user.id()));
        session.removeAttribute(UserAdministration.MUST_CHANGE_PASSWORD);
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:/profiel";
    }
}
