package nl.afsluitwijzer.closing.internal;

import nl.afsluitwijzer.closing.LetterKind;
import org.jspecify.annotations.Nullable;

/** A letter template as the manager edits it; version is null while the default is in use. */
public record EditableTemplate(
        LetterKind kind, String body, @Nullable Integer version, boolean customised) {}
