package org.qianliyan.portal.security.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.qianliyan.portal.security.account.AccountException;

/** Tells the user, in their language, why an account request was refused, or that it was done. */
final class AccountMessages {

    private static final int SHOWN_MILLIS = 5_000;

    private AccountMessages() {
    }

    static void refused(Component view, AccountException refusal) {
        Notification note = Notification.show(view.getTranslation("security.error." + refusal.reason(), refusal.subject()),
                SHOWN_MILLIS, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        note.setId("account-error");
    }

    static void done(Component view, String key, Object... arguments) {
        Notification note = Notification.show(view.getTranslation(key, arguments), SHOWN_MILLIS, Notification.Position.BOTTOM_START);
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        note.setId("account-done");
    }
}
