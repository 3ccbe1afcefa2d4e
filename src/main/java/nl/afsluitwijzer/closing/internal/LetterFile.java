package nl.afsluitwijzer.closing.internal;

/** A letter to download: its file name and the PDF. */
public record LetterFile(String fileName, byte[] content) {}
