package org.qianliyan.portal.security.account.ui;

import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qianliyan.portal.security.Roles;
import org.qianliyan.portal.security.account.AccountException;
import org.qianliyan.portal.security.account.StaffRole;
import org.qianliyan.portal.security.account.StaffUser;
import org.qianliyan.portal.security.account.UserAccounts;

/** 用户管理: administrators add accounts, disable or enable them, reset passwords and change roles. */
@Route("staff/users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends Div implements HasDynamicTitle {

    private final UserAccounts accounts;
    private final Grid<StaffUser> grid = new Grid<>();

    public UsersView(UserAccounts accounts) {
        this.accounts = accounts;
        addClassName("qly-page");
        add(new H1(getTranslation("security.users.title")));
        Paragraph lede = new Paragraph(getTranslation("security.users.lede"));
        lede.addClassName("qly-lede");
        add(lede, new H2(getTranslation("security.users.add")), addForm(), new H2(getTranslation("security.users.list")));
        configureGrid();
        add(grid);
        refresh();
    }

    private HorizontalLayout addForm() {
        TextField name = new TextField(getTranslation("security.users.name"));
        name.setId("user-name");
        Select<StaffRole> role = roleSelect();
        role.setId("user-role");
        NewPasswordFields password = new NewPasswordFields(getTranslation("security.users.password"),
                getTranslation("security.password.rules"), getTranslation("security.users.password-repeat"), "user-");
        Button add = new Button(getTranslation("security.users.add-button"), click -> {
            if (password.matches(getTranslation("security.password.mismatch"))
                    && attempt(() -> accounts.add(name.getValue(), role.getValue(), password.password.getValue()),
                            "security.users.added")) {
                name.clear();
                password.clear();
            }
        });
        add.setId("user-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, role, password.password, password.repeat, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Select<StaffRole> roleSelect() {
        Select<StaffRole> role = new Select<>();
        role.setLabel(getTranslation("security.users.role"));
        role.setItems(StaffRole.values());
        role.setItemLabelGenerator(this::roleLabel);
        role.setValue(StaffRole.STAFF);
        return role;
    }

    private void configureGrid() {
        grid.setId("users");
        grid.addColumn(StaffUser::name).setHeader(getTranslation("security.users.name")).setAutoWidth(true);
        grid.addColumn(user -> roleLabel(user.role())).setHeader(getTranslation("security.users.role")).setAutoWidth(true);
        grid.addColumn(user -> getTranslation(user.enabled() ? "security.users.enabled" : "security.users.disabled"))
                .setHeader(getTranslation("security.users.state")).setAutoWidth(true);
        grid.addColumn(user -> AccountMessages.minutes(user.createdAt())).setHeader(getTranslation("security.users.created")).setAutoWidth(true);
        grid.addColumn(user -> AccountMessages.minutes(user.lastLoginAt())).setHeader(getTranslation("security.users.last-login")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("security.users.actions")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
    }

    private HorizontalLayout actions(StaffUser user) {
        Button toggle = new Button(getTranslation(user.enabled() ? "security.users.disable" : "security.users.enable"),
                click -> attempt(() -> user.enabled() ? accounts.disable(user.name()) : accounts.enable(user.name()),
                        user.enabled() ? "security.users.disabled-done" : "security.users.enabled-done"));
        toggle.setId("user-toggle-" + user.name());
        Button reset = new Button(getTranslation("security.users.reset"), click -> resetPassword(user));
        reset.setId("user-reset-" + user.name());
        StaffRole other = user.role() == StaffRole.ADMIN ? StaffRole.STAFF : StaffRole.ADMIN;
        Button role = new Button(getTranslation("security.users.make", roleLabel(other)),
                click -> attempt(() -> accounts.changeRole(user.name(), other), "security.users.role-done"));
        role.setId("user-role-" + user.name());
        HorizontalLayout buttons = new HorizontalLayout(toggle, reset, role);
        buttons.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return buttons;
    }

    private void resetPassword(StaffUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("security.users.reset-title", user.name()));
        PasswordField password = new PasswordField(getTranslation("security.users.password"));
        password.setHelperText(getTranslation("security.password.rules"));
        password.setId("reset-password");
        Button save = new Button(getTranslation("security.users.reset-save"), click -> {
            if (attempt(() -> accounts.resetPassword(user.name(), password.getValue()), "security.users.reset-done")) {
                dialog.close();
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("security.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** Runs an account change, reports it and refreshes the list; false when it was refused. */
    private boolean attempt(Supplier<StaffUser> change, String doneKey) {
        try {
            StaffUser changed = change.get();
            AccountMessages.done(this, doneKey, changed.name());
            refresh();
            return true;
        } catch (AccountException refusal) {
            AccountMessages.refused(this, refusal);
            return false;
        }
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private String roleLabel(StaffRole role) {
        return getTranslation("security.role." + role.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.users.title") + " · " + getTranslation("shell.brand");
    }
}
