package org.qianliyan.portal.security.account.ui;

import com.vaadin.flow.component.textfield.PasswordField;

/** A new password typed twice, with the policy as helper text; a mismatch is shown on the second field. */
final class NewPasswordFields {

    final PasswordField password;
    final PasswordField repeat;

    NewPasswordFields(String passwordLabel, String rules, String repeatLabel, String idPrefix) {
        password = new PasswordField(passwordLabel);
        password.setHelperText(rules);
        password.setId(idPrefix + "password");
        repeat = new PasswordField(repeatLabel);
        repeat.setId(idPrefix + "password-repeat");
    }

    /** True when both fields hold the same text; otherwise marks the second field with {@code mismatch}. */
    boolean matches(String mismatch) {
        boolean same = password.getValue().equals(repeat.getValue());
        repeat.setInvalid(!same);
        repeat.setErrorMessage(same ? null : mismatch);
        return same;
    }

    void clear() {
        password.clear();
        repeat.clear();
        repeat.setInvalid(false);
    }
}
