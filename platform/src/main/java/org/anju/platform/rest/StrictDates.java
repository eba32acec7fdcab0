package org.anju.platform.rest;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.anju.platform.json.CalendarDates;
import org.anju.platform.json.Instants;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.function.Function;

/**
 * Query and path parameters of date types read exactly as JSON bodies do: a {@link LocalDate} is
 * {@code YYYY-MM-DD} ({@link CalendarDates#parse}: no sign, four-digit year), an {@link Instant},
 * {@link OffsetDateTime} or {@link ZonedDateTime} an ISO-8601 date-time with its offset
 * ({@link Instants#parse}). Anything else is a 400 naming the parameter and the format, not JAX-RS'
 * anonymous "cannot be read". An empty value ({@code ?from=}) is no value, as an absent one.
 */
@Provider
public class StrictDates implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String field = StrictBooleans.nameOf(annotations);
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(text -> CalendarDates.parse(text, field));
        } else if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(text -> Instants.parse(text, field).toInstant());
        } else if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(text -> Instants.parse(text, field));
        } else if (rawType == ZonedDateTime.class) {
            return (ParamConverter<T>) converter(text -> Instants.parse(text, field).toZonedDateTime());
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                return value == null || value.isEmpty() ? null : parse.apply(value);
            }

            @Override
            public String toString(V value) {
                return String.valueOf(value);
            }
        };
    }
}
