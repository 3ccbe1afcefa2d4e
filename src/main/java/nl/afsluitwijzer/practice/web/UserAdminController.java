package nl.afsluitwijzer.practice.web;

import jakarta.validation.Valid;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Beheer: the practice's users, for managers and administrators. */
@Controller
@RequestMapping("/beheer/gebruikers")
class UserAdminController {

    private static final String USER = "USER";

    private final UserAdministration users;
    private final AuditLog audit;

    UserAdminController(UserAdministration users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.usersOf(CurrentUser.require().practiceId()));
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", NewUserForm.empty());
        }
        return "practice/users";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("newUser") NewUserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("username") && users.usernameTaken(form.username())) {
            errors.rejectValue("username", "users.username.taken");
        }
        if (errors.hasErrors()) {
            return list(model);
        }
        UserAccount created = users.create(CurrentUser.require().practiceId(), form.username(), form.displayName(),
                form.role(), form.initialPassword());
        audit.record(AuditEvent.of(AuditAction.CREATE, USER, created.getId()));
        redirect.addFlashAttribute("message", "users.created");
        return "redirect:/beheer/gebruikers";
    }

    @PostMapping("/{id}/actief")
    String setEnabled(@PathVariable Long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.require();
        if (me.id().equals(id)) {
            throw ProblemException.conflict("users.self-disable");
        }
        if (users.find(me.practiceId(), id).isEmpty()) {
            throw ProblemException.notFound("users.not-found");
        }
        users.setEnabled(me.practiceId(), id, enabled);
        audit.record(AuditEvent.of(AuditAction.UPDATE, USER, id));
        redirect.addFlashAttribute("message", enabled ? "users.enabled" : "users.disabled");
        return "redirect:/beheer/gebruikers";
    }
}
