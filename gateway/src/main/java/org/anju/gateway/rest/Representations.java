package org.anju.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import org.anju.gateway.service.CountiesView;
import org.anju.gateway.service.CountySitesView;
import org.anju.gateway.service.FreshnessView;
import org.anju.gateway.service.IndicatorsView;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON and strong ETag of the revalidated reads, byte for byte what serialising the whole answer gives, but
 * written once per object the service keeps rather than once per request. The service keeps a scope's indicators,
 * the counties, a county's sites for as long as the projection's version stands, and the catalogue for good, and
 * answers those very instances; only the freshness around the indicators and the counties is read for each request
 * (the consumer's lag moves without the version). So the JSON before the freshness, which is the last field, is kept
 * with the SHA-256 state after it: a request writes its freshness, copies the bytes and finishes the hash.
 *
 * <p>Kept by the identity of the kept object, held weakly: an entry goes once the service's cache let its object go.
 */
@Singleton
class Representations {

    /** The body of an answer and its strong ETag ({@link EntityTags#of(byte[])} of it). */
    record Representation(byte[] body, String etag) {
    }

    /**
     * The JSON of a view up to its freshness's value and the digest given it; {@code leading}: the view's fields
     * before the kept part, which are in this JSON too.
     */
    private record Head(List<Object> leading, byte[] json, MessageDigest digest) {
    }

    private final ObjectMapper json;
    private final Cache<Object, Head> heads = Caffeine.newBuilder().weakKeys().build();
    private final Cache<Object, Representation> wholes = Caffeine.newBuilder().weakKeys().build();

    Representations(ObjectMapper json) {
        this.json = json;
    }

    Representation of(Object entity) {
        if (entity instanceof IndicatorsView view) {
            return withFreshness(view, view.indicators(), Arrays.asList(view.scope(), view.asOfDate()), view.freshness());
        }
        if (entity instanceof CountiesView view) {
            return withFreshness(view, view.counties(), List.of(), view.freshness());
        }
        if (entity instanceof CountySitesView || entity instanceof List<?>) { // a list: the catalogue
            return wholes.get(entity, this::written);
        }
        return written(entity); // an indicator's series, read anew for each request
    }

    /** {@code view}, whose last field is {@code freshness}, with its JSON before the freshness kept by {@code kept}. */
    private Representation withFreshness(Object view, Object kept, List<Object> leading, List<FreshnessView> freshness) {
        byte[] tail = tail(freshness);
        Head head = heads.get(kept, part -> head(view, leading, tail));
        if (!head.leading().equals(leading)) { // the kept part in another view: the key is the part and what leads it
            head = head(view, leading, tail);
            heads.put(kept, head);
        }
        byte[] body = Arrays.copyOf(head.json(), head.json().length + tail.length);
        System.arraycopy(tail, 0, body, head.json().length, tail.length);
        MessageDigest digest = copy(head.digest());
        digest.update(tail);
        return new Representation(body, EntityTags.of(digest));
    }

    /** {@code tail}: the JSON of the view's freshness and its closing brace ({@link #tail}). */
    private Head head(Object view, List<Object> leading, byte[] tail) {
        byte[] whole = write(view);
        if (!Arrays.equals(whole, whole.length - tail.length, whole.length, tail, 0, tail.length)) {
            throw new IllegalStateException(view.getClass().getSimpleName() + "'s JSON does not end with its freshness");
        }
        byte[] before = Arrays.copyOf(whole, whole.length - tail.length);
        MessageDigest digest = EntityTags.sha256();
        digest.update(before);
        return new Head(leading, before, digest);
    }

    /** The freshness's JSON and the closing brace of the view it ends. */
    private byte[] tail(List<FreshnessView> freshness) {
        byte[] value = write(freshness);
        byte[] tail = Arrays.copyOf(value, value.length + 1);
        tail[value.length] = '}';
        return tail;
    }

    private Representation written(Object entity) {
        byte[] body = write(entity);
        return new Representation(body, EntityTags.of(body));
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 cannot be resumed", e);
        }
    }
}
