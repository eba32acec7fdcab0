package org.anju.platform.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON text field that is an identifier (registry number, document number, phone number, code):
 * read as {@link org.anju.platform.text.Identifiers#identifier} reads it, NFKC-normalised and
 * trimmed, and refused with a 400 naming the field when a spreadsheet has mangled it
 * ({@code "1.40781E+18"}, {@code "=\"J6-0001\""}), the same rule the spreadsheet import applies to
 * its cells. On a record component: {@code @Identifier @NotBlank @Size(max = 40) String registryNumber}.
 */
@JacksonAnnotationsInside
@JsonDeserialize(using = IdentifierText.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {
}
