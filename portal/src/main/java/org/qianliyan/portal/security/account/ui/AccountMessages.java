package org.qianliyan.portal.security.account.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.qianliyan.portal.security.account.AccountException;

/** Tells the user, in their language, why an account request was refused, that it was done, and when things happened. */
final class AccountMessages {

    private static final int SHOWN_MILLIS = 5_000;
    /** Staff work in China: times are shown in Beijing time, to the minute. */
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private AccountMessages() {
    }

    static void refused(Component view, AccountException refusal) {
        Notification note = Notification.show(view.getTranslation("security.error." + refusal.reason(), refusal.subject()),
                SHOWN_MILLIS, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        note.setId("account-error");
    }

    /** A time to the minute, or a dash for never. */
    static String minutes(Instant at) {
        return at == null ? "–" : MINUTES.format(at);
    }

    static void done(Component view, String key, Object... arguments) {
        Notification note = Notification.show(view.getTranslation(key, arguments), SHOWN_MILLIS, Notification.Position.BOTTOM_START);
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        note.setId("account-done");
    }
}
