package nl.afsluitwijzer.practice.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.SecondFactorAuthentication;
import nl.afsluitwijzer.practice.SecondFactorPolicy;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.internal.Reauthentication;
import nl.afsluitwijzer.practice.internal.UserSessions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Profiel → Tweestapsverificatie: enrol an authenticator app with a QR code, get ten recovery codes (shown
 * once, in the answer to the form, never stored readable), make new ones, or turn 2FA off when it is not
 * required. Every change asks for the password (and a code) again and ends the user's other sessions.
 */
@Controller
@RequestMapping(SecondFactorPolicy.ENROLMENT_PAGE)
class TwoFactorController {

    private static final String PENDING_SECRET = "afsluitwijzer.pendingTotpSecret";

    private final SecondFactors secondFactors;
    private final SecondFactorPolicy policy;
    private final Reauthentication reauthentication;
    private final UserSessions sessions;
    private final EnrolmentPage enrolmentPage;

    TwoFactorController(
            SecondFactors secondFactors,
            SecondFactorPolicy policy,
            Reauthentication reauthentication,
            UserSessions sessions,
            EnrolmentPage enrolmentPage) {
        this.secondFactors = secondFactors;
        this.policy = policy;
        this.reauthentication = reauthentication;
        this.sessions = sessions;
        this.enrolmentPage = enrolmentPage;
    }

    @GetMapping
    String page(Model model, HttpSession session) {
        model.addAttribute("form", SecondFactorForm.empty());
        return page(model, session, CurrentUser.require());
    }

    @PostMapping
    String enrol(
            @Valid @ModelAttribute("form") SecondFactorForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        HttpSession session = request.getSession();
        if (secondFactors.isEnrolled(user.id()) || session.getAttribute(PENDING_SECRET) == null) {
            return "redirect:" + SecondFactorPolicy.ENROLMENT_PAGE;
        }
        confirmPassword(user, form, errors);
        String secret = secondFactors.unseal((String) session.getAttribute(PENDING_SECRET));
        Optional<List<String>> codes;
        try {
            codes = errors.hasErrors() ? Optional.empty() : secondFactors.enrol(user.id(), secret, form.code());
        } catch (OptimisticLockingFailureException enrolledMeanwhile) {
            // another request enrolled first: its secret stands, this one is not shown as if it were in use
            return "redirect:" + SecondFactorPolicy.ENROLMENT_PAGE;
        }
        if (codes.isEmpty()) {
            if (!errors.hasErrors()) {
                errors.rejectValue("code", "twofactor.code.wrong");
            }
            return page(model, session, user);
        }
        session.removeAttribute(PENDING_SECRET);
        session.removeAttribute(SecondFactorPolicy.MUST_ENROL);
        // before the id changes: the stored sessions are still known by their old ids
        sessions.endAllExcept(user.username(), session.getId());
        SecondFactorAuthentication.complete(request, response);
        return recoveryCodes(model, codes.get(), "twofactor.enrolled");
    }

    @PostMapping("/herstelcodes")
    String newRecoveryCodes(
            @Valid @ModelAttribute("form") SecondFactorForm form,
            BindingResult errors,
            Model model,
            HttpSession session) {
        CurrentUser user = CurrentUser.require();
        reauthenticate(user, form, errors);
        if (errors.hasErrors()) {
            return page(model, session, user);
        }
        List<String> codes = secondFactors.newRecoveryCodes(user.id());
        return recoveryCodes(model, codes, "twofactor.recovery.renewed");
    }

    @PostMapping("/uitzetten")
    String turnOff(
            @Valid @ModelAttribute("form") SecondFactorForm form,
            BindingResult errors,
            Model model,
            HttpSession session,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        if (policy.requiredFor(user)) {
            errors.reject("twofactor.off.required");
        }
        reauthenticate(user, form, errors);
        if (errors.hasErrors()) {
            return page(model, session, user);
        }
        secondFactors.remove(user.id());
        sessions.endAllExcept(user.username(), session.getId());
        redirect.addFlashAttribute("message", "twofactor.off.done");
        return "redirect:" + SecondFactorPolicy.ENROLMENT_PAGE;
    }

    private void confirmPassword(CurrentUser user, SecondFactorForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("currentPassword")) {
            reauthentication
                    .check(user, form.currentPassword(), null)
                    .ifPresent(refusal -> errors.rejectValue(refusal.field(), refusal.messageKey()));
        }
    }

    private void reauthenticate(CurrentUser user, SecondFactorForm form, BindingResult errors) {
        if (!errors.hasErrors()) {
            reauthentication
                    .check(user, form.currentPassword(), form.code())
                    .ifPresent(refusal -> errors.rejectValue(refusal.field(), refusal.messageKey()));
        }
    }

    private String page(Model model, HttpSession session, CurrentUser user) {
        return enrolmentPage.render(model, session, user, PENDING_SECRET);
    }

    private static String recoveryCodes(Model model, List<String> codes, String messageKey) {
        model.addAttribute("codes", codes);
        model.addAttribute("codesMessage", messageKey);
        return "practice/recovery-codes";
    }
}
