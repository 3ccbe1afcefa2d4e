package nl.afsluitwijzer.measurement;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells whoever starts the application which definition file is wrong and how, instead of a stack trace. */
class InstrumentDefinitionFailureAnalyzer extends AbstractFailureAnalyzer<InstrumentDefinitionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InstrumentDefinitionException cause) {
        return new FailureAnalysis(
                "An instrument definition cannot be used: " + cause.getMessage(),
                "Correct or remove the file and start again. The format of instrument definition files "
                        + "is described in docs/instruments.md.",
                cause);
    }
}
