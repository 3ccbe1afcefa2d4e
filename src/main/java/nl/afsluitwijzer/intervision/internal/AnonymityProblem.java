package nl.afsluitwijzer.intervision.internal;

import org.jspecify.annotations.Nullable;

/**
 * Why a text of a case discussion is not (yet) anonymous: the field (a {@link CasePreparation} component, or
 * "reflection"), the message key, and the identifying word as the text writes it (null for an unrewritten help question).
 */
public record AnonymityProblem(
        String field, String messageKey, @Nullable String word) {

    static final String NAME_OR_REFERENCE = "intervision.case.anonymity.name";
    static final String UNREWRITTEN_HELP_QUESTION = "intervision.case.anonymity.rewrite";
}
