package vn.eqip.plans.plan.application;

/** A rendered document and the ASCII file name it is downloaded under. */
public record ExportedDocument(String fileName, byte[] content) {}
