package nl.afsluitwijzer.practice.web;

import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.SecondFactorPolicy;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.shared.QrCodeSvg;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the 2FA page: for a user without a second factor a new secret (kept sealed in the session
 * until confirmed) as a QR code with an otpauth:// link and as text to type; otherwise the state.
 */
@Component
class EnrolmentPage {

    static final String ISSUER = "Afsluitwijzer";

    private final SecondFactors secondFactors;
    private final SecondFactorPolicy policy;

    EnrolmentPage(SecondFactors secondFactors, SecondFactorPolicy policy) {
        this.secondFactors = secondFactors;
        this.policy = policy;
    }

    String render(Model model, HttpSession session, CurrentUser user, String pendingAttribute) {
        boolean enrolled = secondFactors.isEnrolled(user.id());
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("required", policy.requiredFor(user));
        model.addAttribute("mustEnrol", session.getAttribute(SecondFactorPolicy.MUST_ENROL) != null);
        if (enrolled) {
            model.addAttribute("enrolledAt", secondFactors.enrolledAt(user.id()).orElse(null));
            model.addAttribute("recoveryCodesLeft", secondFactors.remainingRecoveryCodes(user.id()));
            session.removeAttribute(pendingAttribute);
            return "practice/two-factor";
        }
        Object sealed = session.getAttribute(pendingAttribute);
        String secret = sealed == null ? secondFactors.newSecret() : secondFactors.unseal((String) sealed);
        session.setAttribute(pendingAttribute, secondFactors.seal(secret));
        String uri = otpauthUri(user.username(), secret);
        model.addAttribute("secretGroups", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("otpauthUri", uri);
        model.addAttribute("qrCode", QrCodeSvg.of(uri));
        return "practice/two-factor";
    }

    static String otpauthUri(String username, String secret) {
        String label = encode(ISSUER + ":" + username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
