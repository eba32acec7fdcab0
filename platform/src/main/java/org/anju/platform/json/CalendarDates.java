package org.anju.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.InvalidInput;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Every date field of every API is a calendar date, {@code "2019-03-05"}, and nothing else. Jackson
 * would otherwise read {@code 43529} (an Excel serial) as days since 1970 (2089-03-06), and a
 * browser's {@code toISOString()} ({@code "2019-03-04T16:00:00.000Z"} for Beijing's 5 March) as the
 * UTC day before: both would be stored as a wrong date while the API answered success.
 */
@Singleton
public class CalendarDates implements ObjectMapperCustomizer {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** After Quarkus' own customizers, whose JavaTimeModule would otherwise replace this deserializer. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("calendar-dates").addDeserializer(LocalDate.class, new Deserializer()));
    }

    /** The field's name; the mapper replaces it with the whole JSON path. */
    private static String field(JsonParser json) throws IOException {
        return json.currentName() == null ? "date" : json.currentName();
    }

    static final class Deserializer extends StdScalarDeserializer<LocalDate> {

        Deserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.currentToken() != JsonToken.VALUE_STRING) {
                throw new InvalidInput(field(json), Message.of("input.date.format"));
            }
            String text = json.getText();
            try {
                return LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException e) {
                throw new InvalidInput(field(json), Message.of(text.length() == 10 ? "input.date.not-in-calendar" : "input.date.format"));
            }
        }
    }
}
