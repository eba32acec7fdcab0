package org.anju.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.InvalidInput;

import java.io.IOException;

/**
 * No text of any API holds a NUL character (U+0000): PostgreSQL's text cannot store one, so a name or
 * a document number with one would fail at the database as a 500. It is a 400 naming the field instead.
 */
@Singleton
public class TextWithoutNul implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("text-without-nul").addDeserializer(String.class, new Deserializer()));
    }

    static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    static class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser json, DeserializationContext context) throws IOException {
            String text = super.deserialize(json, context);
            if (hasNul(text)) {
                // the field's name; the mapper replaces it with the whole JSON path
                throw new InvalidInput(json.currentName() == null ? "text" : json.currentName(), Message.of("input.text.nul"));
            }
            return text;
        }
    }
}
