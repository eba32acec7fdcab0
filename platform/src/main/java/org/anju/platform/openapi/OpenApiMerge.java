package org.anju.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges OpenAPI 3.x documents (as Jackson trees) into one: the paths each source wants public,
 * under the path it is reached at, with their components, tags and security.
 * <ul>
 *   <li>Components with the same name and the same content are kept once; a component whose name is
 *       taken by a different one is renamed with its source's name in front ({@code Page} of
 *       funding becomes {@code FundingPage}) and every reference to it follows. Content is compared
 *       after references are renamed, so a schema that refers to a renamed one is renamed too.</li>
 *   <li>An operation id already taken is prefixed the same way ({@code listAuditEntries} of
 *       households becomes {@code householdsListAuditEntries}).</li>
 *   <li>Tags are kept (the first description of a tag wins).</li>
 *   <li>Every operation states its security: its own, else its document's, else none
 *       ({@code security: []}: public).</li>
 *   <li>Each operation of a source names it in {@code x-anju-service}; a source may add responses
 *       to each of its operations that lack them (a proxy's own 503, say).</li>
 * </ul>
 * The inputs are not changed. Pure Java over Jackson trees: the gateway merges its services' live
 * documents with it, and a build step merges the documents stored at build time.
 */
public final class OpenApiMerge {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String COMPONENTS_REF = "#/components/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * One document to merge.
     *
     * @param name       short name of who serves it (gateway, households...): prefixes what clashes
     * @param document   the OpenAPI document
     * @param publicPath where each of its paths (templates) is public, or empty to leave it out
     * @param responses  responses added to each of its operations that lacks that status (may be empty)
     */
    public record Source(String name, JsonNode document, Function<String, Optional<String>> publicPath, ObjectNode responses) {

        public Source {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(publicPath, "publicPath");
            responses = responses == null ? NODES.objectNode() : responses;
        }

        /** A document whose every path is public as it is. */
        public static Source everyPath(String name, JsonNode document) {
            return new Source(name, document, Optional::of, null);
        }
    }

    /** The merged document, and what was renamed or left out on the way (for logs and tests). */
    public record Result(ObjectNode document, List<String> notes) {
    }

    private final ObjectNode info;
    private final List<ObjectNode> servers = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();

    /** A merge whose document has this {@code info} object (title, version, description...). */
    public OpenApiMerge(ObjectNode info) {
        this.info = info.deepCopy();
    }

    public OpenApiMerge server(String url, String description) {
        ObjectNode server = NODES.objectNode().put("url", url);
        if (description != null) {
            server.put("description", description);
        }
        servers.add(server);
        return this;
    }

    /** Adds a document; earlier documents keep their names, later ones give way. */
    public OpenApiMerge add(Source source) {
        sources.add(source);
        return this;
    }

    public Result merge() {
        List<String> notes = new ArrayList<>();
        ObjectNode out = NODES.objectNode();
        out.put("openapi", sources.stream().map(source -> source.document().path("openapi").asText(null))
                .filter(Objects::nonNull).findFirst().orElse("3.1.0"));
        out.set("info", info.deepCopy());
        if (!servers.isEmpty()) {
            ArrayNode serverList = out.putArray("servers");
            servers.forEach(server -> serverList.add(server.deepCopy()));
        }
        ArrayNode tags = out.putArray("tags");
        ObjectNode paths = out.putObject("paths");
        ObjectNode components = out.putObject("components");
        Set<String> operationIds = new HashSet<>();

        for (Source source : sources) {
            JsonNode document = source.document();
            ObjectNode theirs = document.path("components").isObject() ? (ObjectNode) document.get("components") : NODES.objectNode();
            Map<String, Map<String, String>> renames = planRenames(components, theirs, source.name(), notes);
            addComponents(components, theirs, renames);
            addTags(tags, document.path("tags"));
            JsonNode defaultSecurity = document.path("security").isArray()
                    ? renamedRequirements(document.get("security"), renames) : NODES.arrayNode();
            document.path("paths").fields().forEachRemaining(entry -> {
                if (!entry.getKey().startsWith("/") || !entry.getValue().isObject()) {
                    return; // an extension of the paths object
                }
                Optional<String> target = source.publicPath().apply(entry.getKey());
                if (target.isEmpty()) {
                    notes.add(source.name() + ": " + entry.getKey() + " left out (not routed to it)");
                    return;
                }
                ObjectNode item = (ObjectNode) rewrite(entry.getValue(), renames);
                prepareOperations(item, source, defaultSecurity, operationIds, notes);
                addPath(paths, target.get(), item, source.name(), notes);
            });
        }
        if (tags.isEmpty()) {
            out.remove("tags");
        }
        removeEmptySections(components);
        if (components.isEmpty()) {
            out.remove("components");
        }
        return new Result(out, List.copyOf(notes));
    }

    /**
     * How each of a source's components is named in the merged document: its own name when that is
     * free or holds the same content, else a new name. Sharing is decided after references are
     * renamed, and renaming one component can make another differ, so this repeats until nothing changes.
     */
    private static Map<String, Map<String, String>> planRenames(ObjectNode merged, ObjectNode theirs, String source,
                                                                List<String> notes) {
        Map<String, Map<String, String>> renames = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<Map.Entry<String, JsonNode>> sections = theirs.fields(); sections.hasNext(); ) {
                Map.Entry<String, JsonNode> section = sections.next();
                JsonNode existing = merged.path(section.getKey());
                Map<String, String> sectionRenames = renames.computeIfAbsent(section.getKey(), key -> new LinkedHashMap<>());
                for (Iterator<Map.Entry<String, JsonNode>> items = section.getValue().fields(); items.hasNext(); ) {
                    Map.Entry<String, JsonNode> item = items.next();
                    String name = item.getKey();
                    if (sectionRenames.containsKey(name) || !existing.has(name)) {
                        continue;
                    }
                    if (!rewrite(item.getValue(), renames).equals(existing.get(name))) {
                        String renamed = freeName(prefixed(source, name, true), merged.path(section.getKey()),
                                section.getValue(), sectionRenames);
                        sectionRenames.put(name, renamed);
                        notes.add(source + ": components/" + section.getKey() + "/" + name + " differs from the one of that name: "
                                + renamed);
                        changed = true;
                    }
                }
            }
        }
        return renames;
    }

    private static String freeName(String base, JsonNode merged, JsonNode theirs, Map<String, String> taken) {
        String name = base;
        for (int n = 2; merged.has(name) || theirs.has(name) || taken.containsValue(name); n++) {
            name = base + n;
        }
        return name;
    }

    private static void addComponents(ObjectNode merged, ObjectNode theirs, Map<String, Map<String, String>> renames) {
        theirs.fields().forEachRemaining(section -> {
            if (!section.getValue().isObject()) {
                return;
            }
            ObjectNode target = merged.has(section.getKey()) ? (ObjectNode) merged.get(section.getKey()) : merged.putObject(section.getKey());
            Map<String, String> sectionRenames = renames.getOrDefault(section.getKey(), Map.of());
            section.getValue().fields().forEachRemaining(item -> {
                String name = sectionRenames.getOrDefault(item.getKey(), item.getKey());
                if (!target.has(name)) {
                    target.set(name, rewrite(item.getValue(), renames));
                }
            });
        });
    }

    private static void addTags(ArrayNode merged, JsonNode theirs) {
        Set<String> known = new HashSet<>();
        merged.forEach(tag -> known.add(tag.path("name").asText()));
        theirs.forEach(tag -> {
            if (tag.hasNonNull("name") && known.add(tag.get("name").asText())) {
                merged.add(tag.deepCopy());
            }
        });
    }

    private static void prepareOperations(ObjectNode item, Source source, JsonNode defaultSecurity, Set<String> operationIds,
                                          List<String> notes) {
        for (String method : METHODS) {
            if (!item.path(method).isObject()) {
                continue;
            }
            ObjectNode operation = (ObjectNode) item.get(method);
            if (!operation.has("security")) {
                operation.set("security", defaultSecurity.deepCopy());
            }
            if (operation.hasNonNull("operationId")) {
                String id = operation.get("operationId").asText();
                String unique = id;
                for (int n = 2; operationIds.contains(unique); n++) {
                    unique = prefixed(source.name(), id, false) + (n == 2 ? "" : Integer.toString(n - 1));
                }
                if (!unique.equals(id)) {
                    notes.add(source.name() + ": operationId " + id + " is taken: " + unique);
                    operation.put("operationId", unique);
                }
                operationIds.add(unique);
            }
            operation.put("x-anju-service", source.name());
            if (!source.responses().isEmpty()) {
                ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses") : operation.putObject("responses");
                source.responses().fields().forEachRemaining(response -> {
                    if (!responses.has(response.getKey())) {
                        responses.set(response.getKey(), response.getValue().deepCopy());
                    }
                });
            }
        }
    }

    private static void addPath(ObjectNode paths, String path, ObjectNode item, String source, List<String> notes) {
        if (!paths.has(path)) {
            paths.set(path, item);
            return;
        }
        ObjectNode existing = (ObjectNode) paths.get(path);
        item.fields().forEachRemaining(field -> {
            if (!existing.has(field.getKey())) {
                existing.set(field.getKey(), field.getValue());
            } else if (METHODS.contains(field.getKey())) {
                notes.add(source + ": " + field.getKey().toUpperCase(Locale.ROOT) + " " + path + " left out (already there)");
            }
        });
    }

    /**
     * A copy of {@code node} whose references ({@code $ref}, discriminator mappings) and security
     * requirements use the renamed components.
     */
    static JsonNode rewrite(JsonNode node, Map<String, Map<String, String>> renames) {
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(rewrite(element, renames)));
            return copy;
        }
        if (!node.isObject()) {
            return node.deepCopy();
        }
        ObjectNode copy = NODES.objectNode();
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "$ref" -> copy.set("$ref", value.isTextual() ? new TextNode(renamedRef(value.asText(), renames)) : value.deepCopy());
                case "discriminator" -> copy.set("discriminator", renamedMapping(value, renames));
                case "security" -> copy.set("security", value.isArray() ? renamedRequirements(value, renames) : rewrite(value, renames));
                default -> copy.set(field.getKey(), rewrite(value, renames));
            }
        });
        return copy;
    }

    private static String renamedRef(String ref, Map<String, Map<String, String>> renames) {
        if (!ref.startsWith(COMPONENTS_REF)) {
            return ref;
        }
        String[] parts = ref.substring(COMPONENTS_REF.length()).split("/", 3);
        if (parts.length < 2) {
            return ref;
        }
        String renamed = renames.getOrDefault(parts[0], Map.of()).get(parts[1]);
        if (renamed == null) {
            return ref;
        }
        return COMPONENTS_REF + parts[0] + "/" + renamed + (parts.length == 3 ? "/" + parts[2] : "");
    }

    private static JsonNode renamedMapping(JsonNode discriminator, Map<String, Map<String, String>> renames) {
        JsonNode copy = rewrite(discriminator, renames);
        if (copy.path("mapping").isObject()) {
            ObjectNode mapping = (ObjectNode) copy.get("mapping");
            mapping.fields().forEachRemaining(entry -> {
                if (entry.getValue().isTextual()) {
                    entry.setValue(new TextNode(renamedRef(entry.getValue().asText(), renames)));
                }
            });
        }
        return copy;
    }

    private static ArrayNode renamedRequirements(JsonNode requirements, Map<String, Map<String, String>> renames) {
        Map<String, String> schemes = renames.getOrDefault("securitySchemes", Map.of());
        ArrayNode copy = NODES.arrayNode();
        requirements.forEach(requirement -> {
            if (!requirement.isObject()) {
                copy.add(requirement.deepCopy());
                return;
            }
            ObjectNode renamed = copy.addObject();
            requirement.fields().forEachRemaining(scheme ->
                    renamed.set(schemes.getOrDefault(scheme.getKey(), scheme.getKey()), scheme.getValue().deepCopy()));
        });
        return copy;
    }

    private static void removeEmptySections(ObjectNode components) {
        List<String> empty = new ArrayList<>();
        components.fields().forEachRemaining(section -> {
            if (section.getValue().isObject() && section.getValue().isEmpty()) {
                empty.add(section.getKey());
            }
        });
        empty.forEach(components::remove);
    }

    /** {@code households} + {@code Page} → {@code HouseholdsPage}; for an operation id, {@code householdsListAuditEntries}. */
    static String prefixed(String source, String name, boolean capitalise) {
        StringBuilder prefix = new StringBuilder();
        boolean upper = capitalise;
        for (char c : source.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
                continue;
            }
            prefix.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return prefix + (name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }
}
