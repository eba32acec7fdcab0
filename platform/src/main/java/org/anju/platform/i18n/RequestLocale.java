package org.anju.platform.i18n;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

import java.util.Locale;

/**
 * The language of the current request: zh-CN or en as its {@code Accept-Language} prefers, English
 * when it states no preference (API clients and partner tools get the messages they always had).
 */
@RequestScoped
public class RequestLocale {

    private final Locale locale;

    public RequestLocale(Instance<HttpServerRequest> request) {
        String header = request.isResolvable() ? request.get().getHeader("Accept-Language") : null;
        this.locale = Messages.negotiate(header, Messages.EN);
    }

    public Locale get() {
        return locale;
    }

    public String render(Message message) {
        return Messages.render(message, locale);
    }
}
