package org.anju.funding.rest;

/** Example problem bodies for the OpenAPI document (RFC 9457, as the platform answers them). */
final class ProblemExamples {

    static final String VALIDATION = """
            {"type": "urn:anju:problem:validation", "title": "The request is invalid", "status": 400,
             "detail": "Invalid input: amount", "instance": "/api/v1/entries/disbursements",
             "errors": [{"field": "amount", "message": "numeric value out of bounds (<16 digits>.<2 digits> expected)"}]}""";
    static final String UNAUTHORIZED = """
            {"type": "urn:anju:problem:unauthorized", "title": "Authentication required", "status": 401,
             "detail": "Send a valid bearer token in the Authorization header", "instance": "/api/v1/entries"}""";
    static final String FORBIDDEN = """
            {"type": "urn:anju:problem:forbidden", "title": "Access denied", "status": 403,
             "detail": "You may change data only inside county 140721, not 140722", "instance": "/api/v1/entries/expenditures"}""";
    static final String NOT_FOUND = """
            {"type": "urn:anju:problem:not-found", "title": "Resource not found", "status": 404,
             "detail": "No ledger entry 0e4c1c2a-8f61-4c43-b7c4-5d1f1f0e9a42",
             "instance": "/api/v1/entries/0e4c1c2a-8f61-4c43-b7c4-5d1f1f0e9a42"}""";
    static final String OVERDRAW = """
            {"type": "urn:anju:problem:domain-rule", "title": "A domain rule forbids this change", "status": 409,
             "rule": "no-overdraw",
             "detail": "Disbursement of 60000000.00 would overdraw the city's UNDISBURSED CENTRAL_BUDGET balance: it holds 54810000.00, the entry needs 60000000.00",
             "instance": "/api/v1/entries/disbursements"}""";
    static final String PRECONDITION_FAILED = """
            {"type": "urn:anju:problem:precondition-failed", "title": "The resource has changed since it was read",
             "status": 412, "detail": "If-Match \\"1\\" does not match the current version \\"2\\"; read the resource again and retry with its ETag",
             "instance": "/api/v1/declarations/jinzhong-report-2016-2018"}""";
    static final String KEY_REUSED = """
            {"type": "urn:anju:problem:idempotency-key-reused", "title": "The Idempotency-Key was already used with another request body",
             "status": 422, "detail": "This Idempotency-Key was first used with another request body; use a new key for a new request",
             "instance": "/api/v1/entries/receipts"}""";

    private ProblemExamples() {
    }
}
