package org.anju.governance.domain;

import org.anju.platform.i18n.Message;

/**
 * A code of this service's enums as people read it in a message: the code itself in English
 * ({@code PLANNED}), its Chinese name in Chinese (规划中), from the bundles' {@code label.<Enum>.<CODE>}.
 */
public final class Labels {

    private Labels() {
    }

    public static Message of(Enum<?> code) {
        return Message.of(key(code));
    }

    public static String key(Enum<?> code) {
        return "label." + code.getDeclaringClass().getSimpleName() + "." + code.name();
    }
}
