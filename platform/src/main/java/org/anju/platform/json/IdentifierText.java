package org.anju.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import org.anju.platform.text.Identifiers;

import java.io.IOException;

/** Reads a field marked {@link Identifier}: a text without NUL, normalised and refused when a spreadsheet mangled it. */
public class IdentifierText extends TextWithoutNul.Deserializer {

    @Override
    public String deserialize(JsonParser json, DeserializationContext context) throws IOException {
        String text = super.deserialize(json, context);
        // the field's name; the mapper replaces it with the whole JSON path
        return text == null ? null : Identifiers.identifier(text, json.currentName() == null ? "identifier" : json.currentName());
    }
}
