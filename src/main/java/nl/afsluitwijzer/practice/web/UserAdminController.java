package nl.afsluitwijzer.practice.web;

import jakarta.validation.Valid;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.RoleGrants;
import nl.afsluitwijzer.practice.internal.UserSessions;
import nl.afsluitwijzer.shared.DomainException;
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

/**
 * Beheer: the practice's users, for managers and administrators. Disabling a user ends that user's
 * sessions; resetting a lost second factor makes the user enrol again at the next sign-in (with the
 * password only the user knows). Clinical accounts are created by a manager only ({@link RoleGrants}).
 */
@Controller
@RequestMapping("/beheer/gebruikers")
class UserAdminController {

    private final UserAdministration users;
    private final SecondFactors secondFactors;
    private final UserSessions sessions;

    UserAdminController(UserAdministration users, SecondFactors secondFactors, UserSessions sessions) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.sessions = sessions;
    }

    @GetMapping
    String list(Model model) {
        var practiceUsers = users.usersOf(CurrentUser.require().practiceId());
        model.addAttribute("users", practiceUsers);
        model.addAttribute(
                "withSecondFactor",
                practiceUsers.stream()
                        .map(UserAccount::getId)
                        .filter(secondFactors::isEnrolled)
                        .toList());
        model.addAttribute("roles", RoleGrants.grantableBy(CurrentUser.require().role()));
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", NewUserForm.empty());
        }
        return "practice/users";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("newUser") NewUserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("username") && users.usernameTaken(form.username())) {
            errors.rejectValue("username", "users.username.taken");
        }
        if (form.role() != null && !RoleGrants.mayGrant(CurrentUser.require().role(), form.role())) {
            errors.rejectValue("role", "users.role.not-allowed");
        }
        if (!errors.hasFieldErrors("initialPassword")) {
            users.passwordProblem(form.initialPassword(), form.username())
                    .ifPresent(problem -> errors.rejectValue("initialPassword", problem));
        }
        if (errors.hasErrors()) {
            return list(model);
        }
        users.create(
                CurrentUser.require(),
                CurrentUser.require().practiceId(),
                form.username(),
                form.displayName(),
                form.role(),
                form.initialPassword());
        redirect.addFlashAttribute("message", "users.created");
        return "redirect:/beheer/gebruikers";
    }

    @PostMapping("/{id}/actief")
    String setEnabled(@PathVariable Long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        CurrentUser me = requireOtherUser(id);
        users.setEnabled(me.practiceId(), id, enabled);
        redirect.addFlashAttribute("message", enabled ? "users.enabled" : "users.disabled");
        return "redirect:/beheer/gebruikers";
    }

    @PostMapping("/{id}/tweestaps-herstellen")
    String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
        CurrentUser me = requireOtherUser(id);
        UserAccount user = users.find(me.practiceId(), id).orElseThrow();
        secondFactors.remove(id);
        sessions.endAll(user.getUsername());
        redirect.addFlashAttribute("message", "users.twofactor.reset.done");
        return "redirect:/beheer/gebruikers";
    }

    private CurrentUser requireOtherUser(Long id) {
        CurrentUser me = CurrentUser.require();
        if (me.id().equals(id)) {
            throw DomainException.conflict("users.self-disable");
        }
        if (users.find(me.practiceId(), id).isEmpty()) {
            throw DomainException.notFound("users.not-found");
        }
        return me;
    }
}
