package org.anju.gateway.rest;

/** Examples of the indicator reads' answers, for the OpenAPI document. */
final class IndicatorExamples {

    static final String COUNTY_SITES = """
            {
              "county": {"level": "COUNTY", "code": "140723", "zh": "和顺县", "en": "Heshun"},
              "asOfDate": "2018-12-31",
              "sites": [
                {
                  "id": "5f0c2a9e-3d1b-4c47-9a51-0d2b7f6e8c11",
                  "name": "和顺县城安置点",
                  "placementMode": "COUNTY_TOWN",
                  "indicators": [
                    {"id": "relocation.households", "unit": "HOUSEHOLDS", "value": 312, "numerator": null, "denominator": null},
                    {"id": "relocation.people", "unit": "PEOPLE", "value": 1021, "numerator": null, "denominator": null},
                    {"id": "occupancy.households", "unit": "HOUSEHOLDS", "value": 287, "numerator": null, "denominator": null},
                    {"id": "occupancy.rate", "unit": "RATIO", "value": 0.920666, "numerator": 940, "denominator": 1021}
                  ]
                },
                {
                  "id": "a7d9e3f2-61c8-4b0e-8f3a-2c5e9b4d7a60",
                  "name": "义兴镇中心村安置点",
                  "placementMode": "CENTRAL_VILLAGE",
                  "indicators": [
                    {"id": "relocation.households", "unit": "HOUSEHOLDS", "value": 0, "numerator": null, "denominator": null},
                    {"id": "relocation.people", "unit": "PEOPLE", "value": 0, "numerator": null, "denominator": null},
                    {"id": "occupancy.households", "unit": "HOUSEHOLDS", "value": 0, "numerator": null, "denominator": null},
                    {"id": "occupancy.rate", "unit": "RATIO", "value": null, "numerator": 0, "denominator": 0}
                  ]
                }
              ]
            }""";

    private IndicatorExamples() {
    }
}
