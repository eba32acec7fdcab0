package org.anju.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.util.regex.Pattern;

/**
 * Every date field of every API is a calendar date, {@code "2019-03-05"}, and nothing else. Jackson
 * would otherwise read {@code 43529} (an Excel serial) as days since 1970 (2089-03-06), and a
 * browser's {@code toISOString()} ({@code "2019-03-04T16:00:00.000Z"} for Beijing's 5 March) as the
 * UTC day before: both would be stored as a wrong date while the API answered success. A signed or
 * extended year ({@code "-2019-03-05"}, {@code "+12019-03-05"}) is refused too.
 * <p>
 * The same customizer makes the other scalars strict: instants are ISO-8601 date-times with an
 * offset ({@link Instants}) and whole-number fields take whole JSON numbers only ({@link WholeNumbers}).
 */
@Singleton
public class CalendarDates implements ObjectMapperCustomizer {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** Four digits of year, no sign: {@code -2019-03-05} and {@code +12019-03-05} are not calendar dates of this suite. */
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** After Quarkus' own customizers, whose JavaTimeModule would otherwise replace this deserializer. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("calendar-dates").addDeserializer(LocalDate.class, new Deserializer()));
        mapper.registerModule(Instants.module());
        mapper.registerModule(WholeNumbers.module());
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** The field's name; the mapper replaces it with the whole JSON path. */
    private static String field(JsonParser json) throws IOException {
        return json.currentName() == null ? "date" : json.currentName();
    }

    /**
     * A calendar date written exactly {@code YYYY-MM-DD} (four-digit year, no sign), the one form
     * every entry path (JSON bodies, query and path parameters) reads.
     *
     * @param field the field or parameter it came from, named in the 400
     * @throws InvalidInput (400) for anything else
     */
    public static LocalDate parse(String text, String field) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new InvalidInput(field, Message.of("input.date.format"));
        }
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, Message.of("input.date.not-in-calendar"));
        }
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
            return parse(json.getText(), field(json));
        }
    }
}
