package nl.afsluitwijzer.privacy.web;

import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentPagePanel;
import org.springframework.stereotype.Component;

/** The client's data on the treatment page: the way to the client's access and destruction requests. */
@Component
class ClientPrivacyPanel implements TreatmentPagePanel {

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Column column() {
        return Column.SIDE;
    }

    @Override
    public Optional<Fragment> render(TreatmentFile file) {
        return Optional.of(new Fragment(
                "privacy/panel", "panel", Map.of("clientId", file.client().getId())));
    }
}
