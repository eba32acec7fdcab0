package org.anju.households.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintTarget;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Payload;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.Messages;
import org.anju.platform.problem.ProblemException;

import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What an import reports (row errors, a job's failure), stored as JSON so that it is shown in the
 * language of whoever reads the job, not of whoever ran it:
 * <ul>
 * <li>a {@link Message}: {@code {"key": "rule.id-number-unique.in-file", "args": ["17"]}} (nested messages as objects);</li>
 * <li>a Bean Validation violation: its message template and the constraint's attributes
 *     ({@code {"template": "{jakarta.validation.constraints.Size.message}", "attributes": {"min": 0, "max": 100}}}),
 *     interpolated by the validator in the reader's language;</li>
 * <li>a platform problem whose message the platform does not hand out (an unreadable file): its
 *     text in each supported language ({@code {"texts": {"en": "…", "zh": "…"}}}).</li>
 * </ul>
 * Values of the row are never stored (they may be personal data).
 */
@ApplicationScoped
public class StoredMessages {

    private static final String KEY = "key";
    private static final String ARGS = "args";
    private static final String FALLBACK = "fallback";
    private static final String TEMPLATE = "template";
    private static final String ATTRIBUTES = "attributes";
    private static final String TEXTS = "texts";

    private final ObjectMapper json;
    private final MessageInterpolator interpolator;

    public StoredMessages(ObjectMapper json, ValidatorFactory validation) {
        this.json = json;
        this.interpolator = validation.getMessageInterpolator();
    }

    public String of(Message message) {
        return write(node(message));
    }

    public String of(ConstraintViolation<?> violation) {
        ObjectNode node = json.createObjectNode().put(TEMPLATE, violation.getMessageTemplate());
        ObjectNode attributes = node.putObject(ATTRIBUTES);
        violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (!name.equals("message") && (value instanceof Number || value instanceof String || value instanceof Boolean)) {
                attributes.set(name, json.valueToTree(value));
            }
        });
        return write(node);
    }

    /** A problem the platform reports as text only (its message is not handed out): its detail in each language. */
    public String of(ProblemException problem) {
        return of(problem::detail);
    }

    /** A text made in each supported language. */
    public String of(Function<Locale, String> text) {
        ObjectNode node = json.createObjectNode();
        ObjectNode texts = node.putObject(TEXTS);
        for (Locale language : Messages.SUPPORTED) {
            texts.put(language.getLanguage(), text.apply(language));
        }
        return write(node);
    }

    /** The stored message in {@code locale} (zh-CN or en). */
    public String render(String stored, Locale locale) {
        try {
            JsonNode node = json.readTree(stored);
            if (node.has(TEXTS)) {
                JsonNode text = node.get(TEXTS).get(Messages.supported(locale).getLanguage());
                return text != null ? text.asText() : node.get(TEXTS).path(Messages.EN.getLanguage()).asText();
            }
            if (node.has(TEMPLATE)) {
                Map<String, Object> attributes = new LinkedHashMap<>();
                node.get(ATTRIBUTES).fields().forEachRemaining(field -> attributes.put(field.getKey(), json.convertValue(field.getValue(), Object.class)));
                return interpolator.interpolate(node.get(TEMPLATE).asText(), new Stored(attributes), Messages.supported(locale));
            }
            return Messages.render(message(node), locale);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode node(Message message) {
        ObjectNode node = json.createObjectNode().put(KEY, message.key());
        if (message.fallback() != null) {
            node.put(FALLBACK, message.fallback());
        }
        ArrayNode args = node.putArray(ARGS);
        for (Object arg : message.args()) {
            if (arg instanceof Message nested) {
                args.add(node(nested));
            } else {
                args.add(String.valueOf(arg));
            }
        }
        return node;
    }

    private static Message message(JsonNode node) {
        List<Object> args = new ArrayList<>();
        node.path(ARGS).forEach(arg -> args.add(arg.isObject() ? message(arg) : arg.asText()));
        return new Message(node.get(KEY).asText(), args, node.hasNonNull(FALLBACK) ? node.get(FALLBACK).asText() : null);
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the interpolator needs of a violation that was stored: the constraint's attributes. */
    private record Stored(Map<String, Object> attributes) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return new AttributesOnly(attributes);
        }

        @Override
        public Object getValidatedValue() {
            return null;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new ValidationException("a stored violation has no " + type.getName());
        }
    }

    private record AttributesOnly(Map<String, Object> attributes) implements ConstraintDescriptor<Annotation> {

        @Override
        public Annotation getAnnotation() {
            return null;
        }

        @Override
        public String getMessageTemplate() {
            return null;
        }

        @Override
        public Set<Class<?>> getGroups() {
            return Set.of();
        }

        @Override
        public Set<Class<? extends Payload>> getPayload() {
            return Set.of();
        }

        @Override
        public ConstraintTarget getValidationAppliesTo() {
            return null;
        }

        @Override
        public List<Class<? extends ConstraintValidator<Annotation, ?>>> getConstraintValidatorClasses() {
            return List.of();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return attributes;
        }

        @Override
        public Set<ConstraintDescriptor<?>> getComposingConstraints() {
            return Set.of();
        }

        @Override
        public boolean isReportAsSingleViolation() {
            return false;
        }

        @Override
        public ValidateUnwrappedValue getValueUnwrapping() {
            return ValidateUnwrappedValue.DEFAULT;
        }

        @Override
        public <U> U unwrap(Class<U> type) {
            throw new ValidationException("a stored violation has no " + type.getName());
        }
    }
}
