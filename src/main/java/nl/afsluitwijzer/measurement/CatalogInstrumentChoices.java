package nl.afsluitwijzer.measurement;

import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.treatment.InstrumentChoices;
import org.springframework.stereotype.Component;

/** Offers the instruments of the catalog (shipped and the practice's own) as a treatment's primary instrument. */
@Component
class CatalogInstrumentChoices implements InstrumentChoices {

    private final InstrumentCatalog catalog;

    CatalogInstrumentChoices(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Choice> all(Locale locale) {
        return catalog.all().stream()
                .map(i -> new Choice(i.code(), i.name().in(locale)))
                .toList();
    }

    @Override
    public boolean isKnown(String code) {
        return catalog.find(code).isPresent();
    }
}
