package org.anju.funding.domain;

import org.anju.platform.i18n.Message;

/** What a county spends money on. */
public enum Purpose {
    HOUSING_SUBSIDY,
    DEMOLITION_RECLAMATION_REWARD,
    CO_RELOCATION_SUBSIDY,
    INDUSTRY_SUPPORT,
    INFRASTRUCTURE,
    OTHER;

    /** Its name in messages: the code in English, 建房补助 ... in Chinese (bundle key {@code purpose.<PURPOSE>}). */
    public Message named() {
        return Message.of("purpose." + name());
    }
}
