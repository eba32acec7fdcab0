package org.anju.gateway.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.anju.gateway.config.GatewayConfig;
import org.anju.platform.openapi.FrontDoorDocument;
import org.anju.platform.openapi.OpenApiMerge;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One front door for partners: the merged OpenAPI document of everything the gateway exposes (its
 * own API and every path it proxies, {@link FrontDoorDocument}), built from the services' live
 * documents, kept for {@code anju.gateway.documents-refresh} and refreshed in the background; a
 * service that cannot be read keeps its last document (or is left out until it can be read, and
 * the document says so). Served at {@code /q/openapi/anju} (YAML; JSON with {@code ?format=json},
 * {@code Accept: application/json} or {@code /q/openapi/anju.json}) with the request's public origin
 * as its server, and in Swagger UI at {@code /docs}.
 */
@ApplicationScoped
public class FrontDoor {

    private static final Logger LOG = Logger.getLogger(FrontDoor.class);

    public static final String DOCUMENT_PATH = "/q/openapi/anju";
    public static final String SWAGGER_UI = "/docs";
    /** A service whose document could not be read is asked again at most this often. */
    private static final Duration RETRY_MISSING = Duration.ofSeconds(30);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    /** The gateway's own document as /q/openapi serves it. */
    private static final String DEFAULT_DOCUMENT = "<default>";
    /** The order in which the services' documents are merged (earlier ones keep their names on a clash). */
    private static final List<String> SERVICE_ORDER = List.of("households", "funding", "industry", "governance");

    private final GatewayConfig config;
    private final ApiProxy proxy;
    private final OpenApiDocumentService ownDocument;
    private final ObjectMapper json;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build();
    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private final Map<String, String> unreadable = new ConcurrentHashMap<>();

    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile ObjectNode merged;
    private volatile long refreshedAt;

    public FrontDoor(GatewayConfig config, ApiProxy proxy, OpenApiDocumentService ownDocument, ObjectMapper json) {
        this.config = config;
        this.proxy = proxy;
        this.ownDocument = ownDocument;
        this.json = json;
    }

    void routes(@Observes Router router) {
        router.routeWithRegex("^" + DOCUMENT_PATH.replace(".", "\\.") + "(\\.json|\\.yaml|\\.yml)?$").order(-10)
                .blockingHandler(this::serve, false);
        router.route(SWAGGER_UI).order(-10).handler(context -> context.response().setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, "/q/swagger-ui/?urls.primaryName=anju").end());
    }

    @Scheduled(every = "${anju.gateway.documents-refresh:5m}", delay = 20, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshInTheBackground() {
        refresh();
    }

    /** The merged document with {@code server} as its server. */
    public ObjectNode document(String server) {
        ObjectNode current = current();
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        current.fields().forEachRemaining(field -> copy.set(field.getKey(), field.getValue()));
        copy.putArray("servers").addObject().put("url", server).put("description", "The Anju gateway");
        return copy;
    }

    /** The merged document; read at once the first time, afterwards refreshed in the background when due. */
    private ObjectNode current() {
        if (merged == null) {
            refresh();
            return merged;
        }
        long age = System.nanoTime() - refreshedAt;
        boolean due = age > config.documentsRefresh().toNanos() || (!unreadable.isEmpty() && age > RETRY_MISSING.toNanos());
        if (due && refreshing.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                try {
                    refresh();
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return merged;
    }

    /** Reads every service's document again and merges them with the gateway's own. */
    synchronized void refresh() {
        Map<String, CompletableFuture<JsonNode>> fetches = new LinkedHashMap<>();
        services().forEach(service -> fetches.put(service, fetch(config.services().get(service))));
        fetches.forEach((service, fetch) -> {
            try {
                documents.put(service, fetch.join());
                unreadable.remove(service);
            } catch (RuntimeException e) {
                String reason = rootMessage(e);
                if (!reason.equals(unreadable.put(service, reason))) {
                    LOG.warnf("The OpenAPI document of %s cannot be read (%s): %s", service, reason,
                            documents.containsKey(service) ? "its last one is kept" : "its paths are left out for now");
                }
            }
        });
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        services().stream().filter(documents::containsKey).forEach(service -> ordered.put(service, documents.get(service)));
        OpenApiMerge.Result result = FrontDoorDocument.build(proxy.routes(), own(), ordered, "/");
        ObjectNode document = result.document();
        if (!unreadable.isEmpty()) {
            ObjectNode info = (ObjectNode) document.get("info");
            StringBuilder note = new StringBuilder(info.path("description").asText());
            unreadable.forEach((service, reason) -> note.append("\n\n**").append(service).append("**: its document could not be read (")
                    .append(reason).append(documents.containsKey(service) ? "); shown as last read." : "); its paths are missing until it can be."));
            info.put("description", note.toString());
        }
        result.notes().stream().filter(line -> !line.contains("left out (not routed")).forEach(line -> LOG.debug(line));
        merged = document;
        refreshedAt = System.nanoTime();
    }

    private List<String> services() {
        List<String> services = new ArrayList<>(SERVICE_ORDER.stream().filter(config.services()::containsKey).toList());
        config.services().keySet().stream().sorted().filter(service -> !services.contains(service)).forEach(services::add);
        return services;
    }

    private JsonNode own() {
        try {
            return json.readTree(ownDocument.getDocument(DEFAULT_DOCUMENT, Format.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CompletableFuture<JsonNode> fetch(URI service) {
        HttpRequest request = HttpRequest.newBuilder(service.resolve("/q/openapi?format=json")).timeout(FETCH_TIMEOUT)
                .header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("it answered " + response.statusCode());
            }
            JsonNode document;
            try {
                document = json.readTree(response.body());
            } catch (IOException e) {
                throw new IllegalStateException("it answered something that is not JSON", e);
            }
            if (!document.path("openapi").isTextual() || !document.path("paths").isObject()) {
                throw new IllegalStateException("it answered JSON that is not an OpenAPI document");
            }
            return document;
        }).orTimeout(FETCH_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    }

    private void serve(RoutingContext context) {
        ObjectNode document = document(PublicOrigin.of(context.request(), config.publicOrigin()).url());
        boolean asJson = asJson(context);
        try {
            byte[] body = (asJson ? json.writerWithDefaultPrettyPrinter() : yaml.writer()).writeValueAsBytes(document);
            context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (IOException e) {
            context.fail(e);
        }
    }

    private static boolean asJson(RoutingContext context) {
        String path = context.request().path();
        String format = context.request().getParam("format");
        if (format != null) {
            return format.toLowerCase(Locale.ROOT).equals("json");
        }
        if (path.endsWith(".json")) {
            return true;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return false;
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("json");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.nio.channels.ClosedChannelException) {
                return "it cannot be connected to";
            }
            if (cause instanceof java.net.http.HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
                return "it did not answer within " + FETCH_TIMEOUT.toSeconds() + " s";
            }
            root = cause;
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
