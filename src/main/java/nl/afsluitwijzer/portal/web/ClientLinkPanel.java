package nl.afsluitwijzer.portal.web;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.portal.LinkMails;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.portal.internal.MailAddress;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.QrCodeSvg;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentPagePanel;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * On the treatment page: make a personal link, mail it to the client when an SMTP server is configured and the user
 * treats the client, see the link just made once, revoke.
 */
@Component
class ClientLinkPanel implements TreatmentPagePanel {

    private final ClientLinks links;
    private final LinkMails mails;
    private final InstrumentCatalog instruments;
    private final Clock clock;

    ClientLinkPanel(ClientLinks links, LinkMails mails, InstrumentCatalog instruments, Clock clock) {
        this.links = links;
        this.mails = mails;
        this.instruments = instruments;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Column column() {
        return Column.SIDE;
    }

    @Override
    public Optional<Fragment> render(TreatmentFile file) {
        if (!file.treatment().getPhase().isOpen()) {
            return Optional.empty();
        }
        Map<String, Object> model = new java.util.HashMap<>();
        CurrentUser user = CurrentUser.require();
        model.put("links", links.forTreatment(user, file.id()));
        model.put("now", clock.instant());
        model.put("mailed", mails.mailedFor(user, file.id()));
        boolean mayMail = mails.mayMail(user, file.treatment());
        model.put("mayMail", mayMail);
        model.put(
                "savedAddress",
                mayMail
                        ? mails.savedFor(user, file.id())
                                .map(MailAddress::value)
                                .orElse("")
                        : "");
        boolean hasGoals = file.goals().stream().anyMatch(g -> g.getStatus() != GoalStatus.DROPPED);
        model.put(
                "instruments",
                instruments.all().stream()
                        .filter(i -> links.offered(i.code(), hasGoals))
                        .toList());
        model.put(
                "primary",
                file.treatment().getPrimaryInstrument() == null
                        ? ""
                        : file.treatment().getPrimaryInstrument());
        issuedNow().ifPresent(issued -> {
            String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/c/" + issued.token())
                    .toUriString();
            model.put("issuedUrl", url);
            model.put("issuedQr", QrCodeSvg.of(url));
            model.put("issuedExpires", issued.expiresAt());
        });
        return Optional.of(new Fragment("portal/panel", "panel", model));
    }

    /** The link made in the previous request (a flash attribute), shown once. */
    private static Optional<IssuedLink> issuedNow() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var flash = RequestContextUtils.getInputFlashMap(attributes.getRequest());
            if (flash != null && flash.get("issuedLink") instanceof IssuedLink issued) {
                return Optional.of(issued);
            }
        }
        return Optional.empty();
    }
}
