package org.anju.households.domain;

import org.anju.platform.i18n.Message;

/**
 * The name of a status or category in a message: its code in English ({@code MOVED_IN}, as the API
 * writes it), its Chinese name in Chinese ({@code 已入住}); bundle key {@code enum.<Type>.<CODE>}.
 */
public final class Labels {

    private Labels() {
    }

    public static Message of(Enum<?> value) {
        return Message.of(key(value));
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
