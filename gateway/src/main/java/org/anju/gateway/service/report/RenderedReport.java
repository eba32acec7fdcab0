package org.anju.gateway.service.report;

/** A report laid out: its bytes, media type and the file name to save it under. */
public record RenderedReport(byte[] body, String mediaType, String fileName) {
}
