package org.qianliyan.portal.security.account.ui;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.qianliyan.portal.security.Roles;
import org.qianliyan.portal.security.account.AccountException;
import org.qianliyan.portal.security.account.ApiToken;
import org.qianliyan.portal.security.account.ApiTokens;
import org.qianliyan.portal.security.account.IssuedToken;
import org.qianliyan.portal.security.account.UserAccounts;

/** 我的账户: one's own account, a new password, and personal API tokens for scripts. */
@Route("staff/account")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class AccountView extends Div implements HasDynamicTitle {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final String me;
    private final Grid<ApiToken> tokenGrid = new Grid<>();
    private final Div newSecret = new Div();

    public AccountView(UserAccounts accounts, ApiTokens tokens, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.me = authentication.getPrincipalName().orElseThrow();
        addClassName("qly-page");
        add(new H1(getTranslation("security.account.title")));
        Paragraph who = new Paragraph(getTranslation("security.account.signed-in-as", me,
                getTranslation(authentication.hasRole(Roles.ADMIN) ? "security.role.admin" : "security.role.staff")));
        who.setId("account-who");
        who.addClassName("qly-lede");
        add(who, new H2(getTranslation("security.account.password")), passwordForm(),
                new H2(getTranslation("security.tokens.title")), new Paragraph(getTranslation("security.tokens.lede")),
                tokenForm(), newSecret);
        configureTokenGrid();
        add(tokenGrid);
        refreshTokens();
    }

    private Div passwordForm() {
        if (accounts.isBootstrapAdministrator(me)) {
            return new Div(new Paragraph(getTranslation("security.account.bootstrap")));
        }
        PasswordField current = new PasswordField(getTranslation("security.account.current"));
        current.setId("account-current");
        NewPasswordFields fresh = new NewPasswordFields(getTranslation("security.account.new"),
                getTranslation("security.password.rules"), getTranslation("security.users.password-repeat"), "account-");
        Button change = new Button(getTranslation("security.account.change"), click -> {
            if (!fresh.matches(getTranslation("security.password.mismatch"))) {
                return;
            }
            try {
                accounts.changeOwnPassword(me, current.getValue(), fresh.password.getValue());
                AccountMessages.done(this, "security.account.changed");
                current.clear();
                fresh.clear();
            } catch (AccountException refusal) {
                AccountMessages.refused(this, refusal);
            }
        });
        change.setId("account-change");
        HorizontalLayout form = new HorizontalLayout(current, fresh.password, fresh.repeat, change);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return new Div(form);
    }

    private HorizontalLayout tokenForm() {
        TextField label = new TextField(getTranslation("security.tokens.label"));
        label.setId("token-label");
        Button create = new Button(getTranslation("security.tokens.create"), click -> {
            try {
                show(tokens.create(me, label.getValue()));
                label.clear();
                refreshTokens();
            } catch (AccountException refusal) {
                AccountMessages.refused(this, refusal);
            }
        });
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(label, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    /** Shows the secret this once, read-only and selectable; it cannot be shown again. */
    private void show(IssuedToken issued) {
        TextField secret = new TextField(getTranslation("security.tokens.secret", issued.token().label()));
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("token-secret");
        newSecret.removeAll();
        newSecret.add(secret, new Paragraph(getTranslation("security.tokens.shown-once")));
    }

    private void configureTokenGrid() {
        tokenGrid.setId("tokens");
        tokenGrid.addColumn(ApiToken::label).setHeader(getTranslation("security.tokens.label")).setFlexGrow(1);
        tokenGrid.addColumn(ApiToken::id).setHeader(getTranslation("security.tokens.id")).setAutoWidth(true);
        tokenGrid.addColumn(token -> AccountMessages.minutes(token.createdAt())).setHeader(getTranslation("security.users.created")).setAutoWidth(true);
        tokenGrid.addColumn(token -> AccountMessages.minutes(token.lastUsedAt())).setHeader(getTranslation("security.tokens.last-used")).setAutoWidth(true);
        tokenGrid.addComponentColumn(token -> {
            Button revoke = new Button(getTranslation("security.tokens.revoke"), click -> {
                try {
                    tokens.revoke(me, token.id());
                    AccountMessages.done(this, "security.tokens.revoked", token.label());
                } catch (AccountException refusal) {
                    AccountMessages.refused(this, refusal);
                }
                refreshTokens();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            revoke.setId("token-revoke-" + token.id());
            return revoke;
        }).setAutoWidth(true);
        tokenGrid.setAllRowsVisible(true);
    }

    private void refreshTokens() {
        tokenGrid.setItems(tokens.list(me));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.account.title") + " · " + getTranslation("shell.brand");
    }
}
