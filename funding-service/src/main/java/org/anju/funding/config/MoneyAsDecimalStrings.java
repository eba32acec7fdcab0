package org.anju.funding.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.anju.platform.money.Money;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Every BigDecimal of this service is money: written as a decimal string with two decimals
 * ({@code "45145000.00"}), in API responses and, through the same mapper, in events, so no
 * client ever parses an amount as a floating-point number.
 */
@Singleton
public class MoneyAsDecimalStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("money-as-decimal-strings")
                .addSerializer(BigDecimal.class, new StdSerializer<>(BigDecimal.class) {
                    @Override
                    public void serialize(BigDecimal value, JsonGenerator json, SerializerProvider provider) throws IOException {
                        json.writeString(Money.format(value));
                    }
                }));
    }
}
