package org.anju.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.InvalidInput;

import java.io.IOException;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * A whole-number field ({@code int}, {@code long}, {@code short}, their boxes and {@link BigInteger})
 * takes a whole JSON number and nothing else: Jackson would otherwise store {@code 2.9} as 2 and read
 * {@code "12"} as 12. A fraction, a number in quotes, a boolean or a number out of the field's range
 * is a 400 naming the field. Registered by {@link CalendarDates}.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("whole-numbers");
        add(module, Integer.class, int.class, Integer.MIN_VALUE, Integer.MAX_VALUE, BigInteger::intValue);
        add(module, Long.class, long.class, Long.MIN_VALUE, Long.MAX_VALUE, BigInteger::longValue);
        add(module, Short.class, short.class, Short.MIN_VALUE, Short.MAX_VALUE, BigInteger::shortValue);
        module.addDeserializer(BigInteger.class, new Deserializer<>(BigInteger.class, null, null, Function.identity()));
        return module;
    }

    private static <T> void add(SimpleModule module, Class<T> boxed, Class<T> primitive, long min, long max, Function<BigInteger, T> convert) {
        module.addDeserializer(boxed, new Deserializer<>(boxed, BigInteger.valueOf(min), BigInteger.valueOf(max), convert));
        module.addDeserializer(primitive, new Deserializer<>(primitive, BigInteger.valueOf(min), BigInteger.valueOf(max), convert));
    }

    static final class Deserializer<T> extends StdScalarDeserializer<T> {

        private final BigInteger min;
        private final BigInteger max;
        private final transient Function<BigInteger, T> convert;
        private final boolean primitive;

        Deserializer(Class<T> type, BigInteger min, BigInteger max, Function<BigInteger, T> convert) {
            super(type);
            this.min = min;
            this.max = max;
            this.convert = convert;
            this.primitive = type.isPrimitive();
        }

        @Override
        public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
            // the field's name; the mapper replaces it with the whole JSON path
            String field = json.currentName() == null ? "number" : json.currentName();
            if (json.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw new InvalidInput(field, Message.of("input.whole-number"));
            }
            BigInteger value = json.getBigIntegerValue();
            if (min != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
                throw new InvalidInput(field, Message.of("input.whole-number.range", min.toString(), max.toString()));
            }
            return convert.apply(value);
        }

        @Override
        public T getNullValue(DeserializationContext context) {
            // JSON null in a primitive field stays what Jackson made of it before (0)
            return primitive ? convert.apply(BigInteger.ZERO) : null;
        }
    }
}
