package org.anju.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.InvalidInput;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An instant ({@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}) is an ISO-8601
 * date-time with its offset or {@code Z}, {@code "2019-03-05T08:30:00+08:00"}, and nothing else.
 * Jackson would otherwise read {@code 43529} (an Excel serial) or {@code "20190305"} as seconds since
 * 1970 and {@code ""} as no value: each a 400 naming the field instead. Registered by {@link CalendarDates}.
 */
public final class Instants {

    /** Four-digit year, no sign; a time of at least hours and minutes; an offset or Z. */
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?([zZ]|[+-]\\d{2}:?\\d{2}(:\\d{2})?)");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

    private Instants() {
    }

    static SimpleModule module() {
        return new SimpleModule("strict-instants")
                .addDeserializer(Instant.class, new Deserializer<>(Instant.class, OffsetDateTime::toInstant))
                .addDeserializer(OffsetDateTime.class, new Deserializer<>(OffsetDateTime.class, Function.identity()))
                .addDeserializer(ZonedDateTime.class, new Deserializer<>(ZonedDateTime.class, OffsetDateTime::toZonedDateTime));
    }

    /**
     * An instant written as ISO-8601 with its offset, e.g. {@code 2019-03-05T08:30:00+08:00} or
     * {@code 2019-03-05T00:30:00Z}: the one form every entry path reads.
     *
     * @param field the field or parameter it came from, named in the 400
     * @throws InvalidInput (400) for anything else
     */
    public static OffsetDateTime parse(String text, String field) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new InvalidInput(field, Message.of("input.instant"));
        }
        try {
            return OffsetDateTime.parse(text.replace('z', 'Z'), FORMAT);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, Message.of("input.instant"));
        }
    }

    static final class Deserializer<T> extends StdScalarDeserializer<T> {

        private final transient Function<OffsetDateTime, T> convert;

        Deserializer(Class<T> type, Function<OffsetDateTime, T> convert) {
            super(type);
            this.convert = convert;
        }

        @Override
        public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
            // the field's name; the mapper replaces it with the whole JSON path
            String field = json.currentName() == null ? "instant" : json.currentName();
            if (json.currentToken() != JsonToken.VALUE_STRING) {
                throw new InvalidInput(field, Message.of("input.instant"));
            }
            return convert.apply(parse(json.getText(), field));
        }
    }
}
