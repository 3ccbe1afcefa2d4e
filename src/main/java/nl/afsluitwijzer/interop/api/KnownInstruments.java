package nl.afsluitwijzer.interop.api;

import java.util.stream.Collectors;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The instrument codes a treatment may name as its primary instrument. Uses the measurement module's
 * catalog bean when the application has one, and otherwise the shipped definitions, loaded once.
 */
@Component
class KnownInstruments {

    private final ObjectProvider<InstrumentCatalog> catalogBean;
    private @Nullable InstrumentCatalog shipped;

    KnownInstruments(ObjectProvider<InstrumentCatalog> catalogBean) {
        this.catalogBean = catalogBean;
    }

    /** Refuses a code that no instrument has, naming the field and the codes there are. */
    void require(String code, String field) {
        InstrumentCatalog catalog = catalog();
        if (catalog.find(code).isEmpty()) {
            String known = catalog.all().stream().map(Instrument::code).collect(Collectors.joining(", "));
            throw DomainException.refused("interop.instrument.unknown", field, code, known);
        }
    }

    private synchronized InstrumentCatalog catalog() {
        InstrumentCatalog bean = catalogBean.getIfAvailable();
        if (bean != null) {
            return bean;
        }
        if (shipped == null) {
            shipped = InstrumentCatalog.loadFromClasspath();
        }
        return shipped;
    }
}
