package nl.afsluitwijzer.practice.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Policies;
import nl.afsluitwijzer.practice.Policy;
import nl.afsluitwijzer.practice.SecondFactorPolicy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Beheer → Afrondbeleid: the manager sets the practice policy from a date on; earlier versions stay. Also
 * whether therapists must use two-factor sign-in (managers and administrators always must).
 */
@Controller
@RequestMapping("/beheer/beleid")
class PolicyController {

    private final Policies policies;
    private final SecondFactorPolicy secondFactorPolicy;
    private final Clock clock;

    PolicyController(Policies policies, SecondFactorPolicy secondFactorPolicy, Clock clock) {
        this.policies = policies;
        this.secondFactorPolicy = secondFactorPolicy;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        LocalDate today = LocalDate.now(clock);
        Long practice = CurrentUser.require().practiceId();
        model.addAttribute(
                "policy", PolicyForm.of(policies.inForce(practice, today), today, policies.latestVersion(practice)));
        return page(model, today);
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("policy") PolicyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model, LocalDate.now(clock));
        }
        CurrentUser user = CurrentUser.require();
        try {
            policies.set(user.practiceId(), form.toPolicy(), user.id(), clock.instant(), form.knownVersion());
        } catch (OptimisticLockingFailureException savedMeanwhile) {
            errors.reject("api.error.stale-version");
            return page(model, LocalDate.now(clock));
        }
        redirect.addFlashAttribute("message", "policy.saved");
        return "redirect:/beheer/beleid";
    }

    @PostMapping("/tweestaps")
    String setTherapistTwoFactor(@RequestParam boolean therapistsNeedTwoFactor, RedirectAttributes redirect) {
        Long practice = CurrentUser.require().practiceId();
        secondFactorPolicy.setTherapistsNeedTwoFactor(practice, therapistsNeedTwoFactor);
        redirect.addFlashAttribute("message", "policy.twofactor.saved");
        return "redirect:/beheer/beleid";
    }

    /** A row of the versions table: the policy, who saved it and when, in the practice's time. */
    record SavedVersion(Policy policy, String savedBy, LocalDateTime savedAt) {}

    private String page(Model model, LocalDate today) {
        Long practice = CurrentUser.require().practiceId();
        model.addAttribute(
                "versions",
                policies.versions(practice).stream()
                        .map(v -> new SavedVersion(
                                v.policy(), v.savedBy(), LocalDateTime.ofInstant(v.savedAt(), clock.getZone())))
                        .toList());
        model.addAttribute("inForce", policies.inForce(practice, today));
        model.addAttribute("therapistsNeedTwoFactor", secondFactorPolicy.therapistsNeedTwoFactor(practice));
        model.addAttribute("twoFactorEnforced", secondFactorPolicy.enforced(practice));
        return "practice/policy";
    }
}
