package org.anju.platform.rest;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.InvalidInput;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * A yes/no query parameter is {@code true} or {@code false} ({@code 1}/{@code 0}) and nothing else:
 * JAX-RS would read {@code ?dryRun=ture} as false and run the import for real. Anything else is a
 * 400 naming the parameter, and so is an empty value ({@code ?dryRun=}), which says neither.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    /** The query, path, header or form parameter's name, for the 400; {@code parameter} when none says. */
    static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            } else if (annotation instanceof PathParam path) {
                return path.value();
            } else if (annotation instanceof HeaderParam header) {
                return header.value();
            } else if (annotation instanceof FormParam form) {
                return form.value();
            }
        }
        return "parameter";
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class && rawType != boolean.class) {
            return null;
        }
        String field = nameOf(annotations);
        Boolean absent = rawType == boolean.class ? Boolean.FALSE : null;
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if (value == null) {
                    return absent;
                }
                if (value.isBlank()) {
                    // ?dryRun= says neither yes nor no: never read as false
                    throw new InvalidInput(field, Message.of("input.boolean"));
                }
                return switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "true", "1" -> Boolean.TRUE;
                    // "0" is also what RESTEasy Reactive passes for an absent primitive parameter
                    case "false", "0" -> Boolean.FALSE;
                    default -> throw new InvalidInput(field, Message.of("input.boolean"));
                };
            }

            @Override
            public String toString(Boolean value) {
                return String.valueOf(value);
            }
        };
    }
}
