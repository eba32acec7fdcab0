package org.anju.platform.idempotency;

/** The first response to a keyed request, as replayed to its retries. */
record StoredResponse(int status, String contentType, byte[] body, String location, String etag) {
}
