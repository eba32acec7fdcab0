package org.anju.platform.i18n;

import org.anju.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void everyPlatformMessageIsInEnglishAndChineseWithTheSameArguments() {
        MessageBundles.assertBothLanguages("org/anju/platform/i18n/platform");
    }

    @Test
    void theClientsAcceptLanguageChoosesChineseOrEnglishAndNothingElseDefaultsToEnglish() {
        assertThat(Messages.negotiate("zh-CN,zh;q=0.9,en;q=0.8", Messages.EN)).isEqualTo(Messages.ZH);
        assertThat(Messages.negotiate("en-US,en;q=0.9,zh-CN;q=0.5", Messages.EN)).isEqualTo(Messages.EN);
        assertThat(Messages.negotiate("fr-FR, zh-TW;q=0.8", Messages.EN)).isEqualTo(Messages.ZH);
        assertThat(Messages.negotiate("de", Messages.EN)).isEqualTo(Messages.EN);
        assertThat(Messages.negotiate(null, Messages.ZH)).isEqualTo(Messages.ZH);
        assertThat(Messages.negotiate("not;;a header", Messages.EN)).isEqualTo(Messages.EN);
        assertThat(Messages.negotiate("-".repeat(3000), Messages.ZH)).isEqualTo(Messages.ZH); // the JDK's parser throws ArrayIndexOutOfBounds
    }

    @Test
    void messagesRenderTheirArgumentsInEitherLanguageAndCodesAreNotGrouped() {
        Message message = Message.of("county.unknown", "140799", "140702, 140781");
        assertThat(message.english()).isEqualTo("140799 is not a county of this programme; the counties are 140702, 140781");
        assertThat(message.in(Messages.ZH)).isEqualTo("140799 不是本项目所辖的县（市、区）；所辖县为 140702, 140781");
        assertThat(Message.of("problem.event-too-large", 1_200_000, 900_000).english()).contains("1,200,000 bytes");
        assertThat(Message.named("kind.facility", "Facility").in(Messages.ZH)).isEqualTo("Facility");
        assertThat(Message.of("scope.city-wide-only").english()).contains("city's figures");
    }
}
