package org.anju.systemtests;

/** Values for the path parameters of the documents' operations that name seeded records of one county. */
final class PathValues {

    private PathValues() {
    }

    /** The value of {@code parameter} naming a record of {@code county}, or null for one made from its schema. */
    static String of(Seed seed, String county, OpenApi.Operation operation, OpenApi.Parameter parameter) {
        if (!parameter.in().equals("path")) {
            return null;
        }
        String path = operation.path();
        return switch (parameter.name()) {
            case "county" -> county;
            case "period" -> "2016-2020";
            case "name" -> "systest-declaration";
            case "indicatorId" -> "occupancy.rate";
            case "siteId" -> seed.id(county, "/api/v1/sites");
            case "householdId" -> seed.id(county, "/api/v1/households");
            case "officerId" -> seed.id(county, "officer");
            case "id" -> {
                if (path.startsWith("/api/v1/indicators/")) {
                    yield "occupancy.rate";
                }
                if (path.equals("/api/v1/households/{id}/employment")) {
                    yield seed.id(county, "/api/v1/households");
                }
                String collection = path.substring(0, path.indexOf("/{id}"));
                yield seed.id(county, collection);
            }
            default -> null;
        };
    }
}
