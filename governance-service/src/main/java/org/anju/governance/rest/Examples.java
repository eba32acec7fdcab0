package org.anju.governance.rest;

/** Request and response examples for the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String FOUND_BRANCH = """
            {"county": "140723", "name": "和顺县城安置点联合党支部",
             "managementMode": "SINGLE_AFFILIATION_DUAL_MANAGEMENT", "foundedOn": "2019-03-01",
             "siteIds": ["5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e"],
             "secretary": {"officerId": "staff-0042", "name": "王书记"}}""";
    /** A branch just founded: its secretary only. */
    static final String FOUNDED_BRANCH = """
            {"id": "0d7c0e0e-3c1e-4a8e-9a36-2f5f0b6f8d11", "version": 1, "county": "140723",
             "name": "和顺县城安置点联合党支部", "managementMode": "SINGLE_AFFILIATION_DUAL_MANAGEMENT",
             "foundedOn": "2019-03-01", "siteIds": ["5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e"],
             "secretary": {"officerId": "staff-0042", "name": "王书记", "role": "SECRETARY", "appointedOn": "2019-03-01", "endedOn": null},
             "officers": [{"officerId": "staff-0042", "name": "王书记", "role": "SECRETARY", "appointedOn": "2019-03-01", "endedOn": null}],
             "groups": [], "groupCount": 0, "groupMemberCount": 0, "rules": []}""";
    /** The same branch later: a deputy appointed and relieved, a Party group formed, a rule adopted. */
    static final String BRANCH = """
            {"id": "0d7c0e0e-3c1e-4a8e-9a36-2f5f0b6f8d11", "version": 5, "county": "140723",
             "name": "和顺县城安置点联合党支部", "managementMode": "SINGLE_AFFILIATION_DUAL_MANAGEMENT",
             "foundedOn": "2019-03-01", "siteIds": ["5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e"],
             "secretary": {"officerId": "staff-0042", "name": "王书记", "role": "SECRETARY", "appointedOn": "2019-03-01", "endedOn": null},
             "officers": [{"officerId": "staff-0042", "name": "王书记", "role": "SECRETARY", "appointedOn": "2019-03-01", "endedOn": null},
                          {"officerId": "staff-0077", "name": "李副书记", "role": "DEPUTY_SECRETARY", "appointedOn": "2020-01-15", "endedOn": "2021-06-30"}],
             "groups": [{"id": "7e0b3d4c-1f0a-4a57-9a39-0c1b8f1f7d2e", "name": "1号楼党小组", "memberCount": 7, "formedOn": "2019-04-01"}],
             "groupCount": 1, "groupMemberCount": 7,
             "rules": [{"id": "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182", "kind": "MEETING_SYSTEM", "title": "联合党支部会议制度",
               "documentRef": "archive/2019/07", "adoptedOn": "2019-05-10", "supersededOn": null}]}""";
    static final String APPOINT_OFFICER = """
            {"officerId": "staff-0077", "name": "李副书记", "role": "DEPUTY_SECRETARY", "appointedOn": "2020-01-15"}""";
    static final String RELIEVE_OFFICER = """
            {"endedOn": "2021-06-30"}""";
    static final String FORM_GROUP = """
            {"name": "1号楼党小组", "memberCount": 7, "formedOn": "2019-04-01"}""";
    static final String ADOPT_RULE = """
            {"kind": "MEETING_SYSTEM", "title": "联合党支部会议制度", "documentRef": "archive/2019/07", "adoptedOn": "2019-05-10"}""";

    static final String REGISTER_FACILITY = """
            {"county": "140721", "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "type": "ELDERLY_HOME",
             "name": "榆社县养老院", "beds": 150, "openedOn": "2019-10-01"}""";
    static final String FACILITY = """
            {"id": "9a1e2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b", "version": 1, "county": "140721",
             "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "type": "ELDERLY_HOME", "name": "榆社县养老院",
             "beds": 150, "status": "OPEN", "openedOn": "2019-10-01", "closedOn": null}""";
    static final String OPEN_FACILITY = """
            {"openedOn": "2019-10-01"}""";
    static final String CLOSE_FACILITY = """
            {"closedOn": "2023-12-31"}""";

    static final String ASSESS_STANDARD = """
            {"county": "140721", "items": [
              {"item": "PAVED", "met": true, "evidenceOn": "2020-09-30"},
              {"item": "INTERNET", "met": false, "evidenceOn": "2020-09-30"}]}""";
    static final String STANDARD = """
            {"siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "version": 3, "county": "140721",
             "assessedAt": "2020-09-30T02:00:00Z", "metItems": 1, "totalItems": 18, "compliant": false,
             "items": [{"item": "PAVED", "group": "IZATION", "met": true, "evidenceOn": "2020-09-30", "source": "ASSESSMENT"}]}""";

    static final String SUBMIT_REQUEST = """
            {"county": "140723", "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e",
             "householdId": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", "category": "COMPLAINT", "channel": "PHONE",
             "summary": "3号楼楼道灯不亮"}""";
    static final String RESOLVE_REQUEST = """
            {"resolution": "已更换灯具", "rectificationRequired": true}""";
    static final String RECTIFY_REQUEST = """
            {"rectification": "物业每月巡检楼道照明"}""";
    /** A request just submitted: acceptance is due within 24 hours. */
    static final String SUBMITTED_REQUEST = """
            {"request": {"id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "version": 1, "county": "140723",
              "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "householdId": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c",
              "category": "COMPLAINT", "channel": "PHONE", "status": "SUBMITTED",
              "submittedAt": "2026-11-23T01:00:00Z", "submittedBy": "staff-0042",
              "acceptDueAt": "2026-11-24T01:00:00Z", "acceptedAt": null, "acceptedBy": null,
              "acceptedOnTime": null, "resolveDueAt": null, "resolvedAt": null, "resolvedBy": null,
              "resolvedOnTime": null, "rectificationRequired": false, "replyDueAt": null, "repliedAt": null,
              "repliedBy": null, "repliedOnTime": null, "rectifiedAt": null, "rectifiedBy": null,
              "acceptOverdueAt": null, "resolveOverdueAt": null, "replyOverdueAt": null},
             "summary": "3号楼楼道灯不亮", "resolution": null, "rectification": null,
             "pendingStep": "ACCEPT", "overdue": false}""";
    /** The same request accepted: resolution is due in five working days. */
    static final String REQUEST = """
            {"request": {"id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "version": 2, "county": "140723",
              "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "householdId": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c",
              "category": "COMPLAINT", "channel": "PHONE", "status": "ACCEPTED",
              "submittedAt": "2026-11-23T01:00:00Z", "submittedBy": "staff-0042",
              "acceptDueAt": "2026-11-24T01:00:00Z", "acceptedAt": "2026-11-23T03:00:00Z", "acceptedBy": "staff-0042",
              "acceptedOnTime": true, "resolveDueAt": "2026-11-30T03:00:00Z", "resolvedAt": null, "resolvedBy": null,
              "resolvedOnTime": null, "rectificationRequired": false, "replyDueAt": null, "repliedAt": null,
              "repliedBy": null, "repliedOnTime": null, "rectifiedAt": null, "rectifiedBy": null,
              "acceptOverdueAt": null, "resolveOverdueAt": null, "replyOverdueAt": null},
             "summary": "3号楼楼道灯不亮", "resolution": null, "rectification": null,
             "pendingStep": "RESOLVE", "overdue": false}""";
    /** Resolved, with a correction required: the reply is due within 24 hours. */
    static final String RESOLVED_REQUEST = """
            {"request": {"id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "version": 3, "county": "140723",
              "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "householdId": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c",
              "category": "COMPLAINT", "channel": "PHONE", "status": "RESOLVED",
              "submittedAt": "2026-11-23T01:00:00Z", "submittedBy": "staff-0042",
              "acceptDueAt": "2026-11-24T01:00:00Z", "acceptedAt": "2026-11-23T03:00:00Z", "acceptedBy": "staff-0042",
              "acceptedOnTime": true, "resolveDueAt": "2026-11-30T03:00:00Z", "resolvedAt": "2026-11-24T03:00:00Z", "resolvedBy": "staff-0042",
              "resolvedOnTime": true, "rectificationRequired": true, "replyDueAt": "2026-11-25T03:00:00Z", "repliedAt": null,
              "repliedBy": null, "repliedOnTime": null, "rectifiedAt": null, "rectifiedBy": null,
              "acceptOverdueAt": null, "resolveOverdueAt": null, "replyOverdueAt": null},
             "summary": "3号楼楼道灯不亮", "resolution": "已更换灯具", "rectification": null,
             "pendingStep": "REPLY", "overdue": false}""";
    /** Replied to the resident; the correction is still to be recorded. */
    static final String REPLIED_REQUEST = """
            {"request": {"id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "version": 4, "county": "140723",
              "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "householdId": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c",
              "category": "COMPLAINT", "channel": "PHONE", "status": "REPLIED",
              "submittedAt": "2026-11-23T01:00:00Z", "submittedBy": "staff-0042",
              "acceptDueAt": "2026-11-24T01:00:00Z", "acceptedAt": "2026-11-23T03:00:00Z", "acceptedBy": "staff-0042",
              "acceptedOnTime": true, "resolveDueAt": "2026-11-30T03:00:00Z", "resolvedAt": "2026-11-24T03:00:00Z", "resolvedBy": "staff-0042",
              "resolvedOnTime": true, "rectificationRequired": true, "replyDueAt": "2026-11-25T03:00:00Z", "repliedAt": "2026-11-24T06:00:00Z",
              "repliedBy": "staff-0042", "repliedOnTime": true, "rectifiedAt": null, "rectifiedBy": null,
              "acceptOverdueAt": null, "resolveOverdueAt": null, "replyOverdueAt": null},
             "summary": "3号楼楼道灯不亮", "resolution": "已更换灯具", "rectification": null,
             "pendingStep": null, "overdue": false}""";
    /** The correction recorded: the request is closed. */
    static final String RECTIFIED_REQUEST = """
            {"request": {"id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "version": 5, "county": "140723",
              "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "householdId": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c",
              "category": "COMPLAINT", "channel": "PHONE", "status": "RECTIFIED",
              "submittedAt": "2026-11-23T01:00:00Z", "submittedBy": "staff-0042",
              "acceptDueAt": "2026-11-24T01:00:00Z", "acceptedAt": "2026-11-23T03:00:00Z", "acceptedBy": "staff-0042",
              "acceptedOnTime": true, "resolveDueAt": "2026-11-30T03:00:00Z", "resolvedAt": "2026-11-24T03:00:00Z", "resolvedBy": "staff-0042",
              "resolvedOnTime": true, "rectificationRequired": true, "replyDueAt": "2026-11-25T03:00:00Z", "repliedAt": "2026-11-24T06:00:00Z",
              "repliedBy": "staff-0042", "repliedOnTime": true, "rectifiedAt": "2026-12-01T06:00:00Z", "rectifiedBy": "staff-0042",
              "acceptOverdueAt": null, "resolveOverdueAt": null, "replyOverdueAt": null},
             "summary": "3号楼楼道灯不亮", "resolution": "已更换灯具", "rectification": "物业每月巡检楼道照明",
             "pendingStep": null, "overdue": false}""";

    static final String RECORD_ACTIVITY = """
            {"county": "140723", "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "kind": "TRAINING",
             "title": "党建引领技能培训", "heldOn": "2020-06-01", "sessions": 12, "participants": 108}""";
    static final String ACTIVITY = """
            {"id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b", "version": 1, "county": "140723",
             "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "kind": "TRAINING", "title": "党建引领技能培训",
             "heldOn": "2020-06-01", "sessions": 12, "participants": 108}""";
    static final String GRANT_AWARD = """
            {"county": "140723", "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "kind": "MOST_BEAUTIFUL_FAMILY",
             "householdId": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", "year": 2020, "grantedOn": "2020-12-20",
             "evaluationId": null}""";
    static final String AWARD = """
            {"id": "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", "version": 1, "county": "140723",
             "siteId": "5b0f5c1e-8d0a-4a57-9a39-0c1b8f1f7d2e", "kind": "MOST_BEAUTIFUL_FAMILY",
             "householdId": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", "year": 2020, "grantedOn": "2020-12-20",
             "evaluationId": null}""";

    /** A list page: its items and the cursor of the next page (null on the last one). */
    private static final String NEXT = "], \"nextCursor\": \"MGQ3YzBlMGUtM2MxZS00YThlLTlhMzYtMmY1ZjBiNmY4ZDEx\"}";
    static final String BRANCHES = "{\"items\": [" + BRANCH + NEXT;
    static final String FACILITIES = "{\"items\": [" + FACILITY + NEXT;
    static final String REQUESTS = "{\"items\": [" + REQUEST + NEXT;
    static final String ACTIVITIES = "{\"items\": [" + ACTIVITY + NEXT;
    static final String AWARDS = "{\"items\": [" + AWARD + NEXT;
    static final String OFFICERS = """
            {"items": [{"officerId": "staff-0042", "name": "王书记", "role": "SECRETARY", "appointedOn": "2019-03-01", "endedOn": null}],
             "nextCursor": null}""";
    static final String GROUPS = """
            {"items": [{"id": "7e0b3d4c-1f0a-4a57-9a39-0c1b8f1f7d2e", "name": "1号楼党小组", "memberCount": 7, "formedOn": "2019-04-01"}],
             "nextCursor": null}""";
    static final String RULES = """
            {"items": [{"id": "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182", "kind": "MEETING_SYSTEM", "title": "联合党支部会议制度",
              "documentRef": "archive/2019/07", "adoptedOn": "2019-05-10", "supersededOn": null}],
             "nextCursor": null}""";
}
