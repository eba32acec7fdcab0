package org.anju.households.rest;

/** Example problem bodies for the OpenAPI document (RFC 9457, as the platform answers them). */
final class ProblemExamples {

    static final String VALIDATION = """
            {"type": "urn:anju:problem:validation", "title": "The request is invalid", "status": 400,
             "detail": "1 field is invalid", "instance": "/api/v1/households",
             "errors": [{"field": "members[0].idNumber", "message": "check digit does not match (GB 11643); the number was probably mistyped"}]}""";
    static final String UNAUTHORIZED = """
            {"type": "urn:anju:problem:unauthorized", "title": "Authentication required", "status": 401,
             "instance": "/api/v1/households"}""";
    static final String FORBIDDEN = """
            {"type": "urn:anju:problem:forbidden", "title": "Access denied", "status": 403,
             "detail": "You may read only inside county 140723, not 140722", "instance": "/api/v1/households"}""";
    static final String NOT_FOUND = """
            {"type": "urn:anju:problem:not-found", "title": "Resource not found", "status": 404,
             "detail": "Household 0e4c1c2a-8f61-4c43-b7c4-5d1f1f0e9a42 does not exist",
             "instance": "/api/v1/households/0e4c1c2a-8f61-4c43-b7c4-5d1f1f0e9a42"}""";
    static final String DOMAIN_RULE = """
            {"type": "urn:anju:problem:domain-rule", "title": "A domain rule forbids this change", "status": 409,
             "rule": "move-in-requires-housing",
             "detail": "Household 1407230012017000123 is REGISTERED; it moves in only after housing is allocated",
             "instance": "/api/v1/households/0e4c1c2a-8f61-4c43-b7c4-5d1f1f0e9a42/move-in"}""";
    static final String PRECONDITION_FAILED = """
            {"type": "urn:anju:problem:precondition-failed", "title": "The resource has changed since it was read",
             "status": 412, "detail": "If-Match \\"3\\" does not match the current version \\"4\\"; read the resource again and retry with its ETag",
             "instance": "/api/v1/households/0e4c1c2a-8f61-4c43-b7c4-5d1f1f0e9a42/move-in"}""";

    private ProblemExamples() {
    }
}
