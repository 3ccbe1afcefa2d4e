package nl.afsluitwijzer.insight.internal;

/** A kept Norm 1 report for download: its file name and the PDF. */
public record Norm1Pdf(String fileName, byte[] content) {}
