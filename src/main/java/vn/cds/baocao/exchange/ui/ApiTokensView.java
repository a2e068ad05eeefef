package vn.cds.baocao.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.base.ui.form.Confirm;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.exchange.domain.ApiToken;
import vn.cds.baocao.exchange.service.ApiTokenService;
import vn.cds.baocao.exchange.service.ApiTokenService.IssuedToken;

/**
 * "Khóa truy cập API": the tokens other reporting systems use for the read-only JSON API. An administrator issues
 * one per connected system (the token is shown once) and revokes it when the connection ends; both are logged.
 */
@Route("quan-tri/khoa-api")
@RolesAllowed("ADMIN")
@Menu(order = 145, title = "exchange.menu.apiTokens", icon = "vaadin:key-o")
@StyleSheet("context://cds/exchange.css")
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiTokenService tokens;
    final Grid<ApiToken> grid = new Grid<>();

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setWidthFull();
        Button issue = new Button(getTranslation("exchange.token.issue"), VaadinIcon.PLUS.create(), e -> issueDialog());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setId("token-issue");
        Anchor docs = new Anchor("/swagger-ui.html", getTranslation("exchange.token.docs"));
        docs.setTarget("_blank");
        HorizontalLayout actions = new HorizontalLayout(issue, docs, GridCsv.link(grid, "khoa-truy-cap-api"));
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(ApiToken::getName).setHeader(getTranslation("exchange.token.name")).setFlexGrow(2)
                .setSortProperty(ApiTokenService.SORT_NAME);
        grid.addColumn(t -> t.getTokenPrefix() + "…").setHeader(getTranslation("exchange.token.prefix"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.getCreatedBy() + ", " + VnFormat.dateTime(t.getCreatedAt()))
                .setHeader(getTranslation("exchange.token.issued")).setAutoWidth(true)
                .setSortProperty(ApiTokenService.SORT_ISSUED);
        grid.addColumn(t -> VnFormat.dateTime(t.getLastUsedAt())).setHeader(getTranslation("exchange.token.lastUsed"))
                .setAutoWidth(true).setSortProperty(ApiTokenService.SORT_LAST_USED);
        grid.addComponentColumn(this::state).setHeader(getTranslation("exchange.token.state")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (t.isRevoked()) {
                return new Span();
            }
            Button revoke = new Button(getTranslation("exchange.token.revoke"), e -> Confirm.ask(
                    getTranslation("exchange.token.revokeTitle"),
                    getTranslation("exchange.token.revokeConfirm", t.getName(), t.getTokenPrefix()),
                    getTranslation("exchange.token.revoke"), () -> {
                        tokens.revoke(t.getId());
                        Notifications.success(getTranslation("exchange.token.revoked"));
                        refresh();
                    }));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setId("token-revoke-" + t.getId());
            return revoke;
        }).setKey(GridCsv.ACTIONS_KEY).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("token-grid");

        add(new ViewTitle(getTranslation("exchange.menu.apiTokens")),
                new Paragraph(getTranslation("exchange.token.intro")), actions, grid);
        refresh();
    }

    private Span state(ApiToken token) {
        Span badge = new Span(token.isRevoked()
                ? getTranslation("exchange.token.revokedAt", token.getRevokedBy(), VnFormat.dateTime(token.getRevokedAt()))
                : getTranslation("exchange.token.active"));
        badge.getElement().getThemeList().add(token.isRevoked() ? "badge contrast" : "badge success");
        return badge;
    }

    private void issueDialog() {
        FormDialog dialog = new FormDialog(getTranslation("exchange.token.issue"), getTranslation("exchange.token.issueSave"));
        dialog.setIntro(getTranslation("exchange.token.issueIntro"));
        TextField name = new TextField(getTranslation("exchange.token.name"));
        name.setId("token-name");
        name.setWidthFull();
        dialog.addWide(name);
        dialog.setAction(() -> {
            IssuedToken issued = tokens.issue(name.getValue());
            refresh();
            showOnce(issued);
        });
        dialog.open();
    }

    /** The token's only appearance: the administrator copies it to the other system now. */
    private void showOnce(IssuedToken issued) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("exchange.token.issuedTitle", issued.name()));
        dialog.setWidth("min(720px, 95vw)");
        Div value = new Div(new Span(issued.token()));
        value.addClassName("cds-token-value");
        value.setId("token-value");
        dialog.add(new Paragraph(getTranslation("exchange.token.copyNow")), value,
                new Paragraph(getTranslation("exchange.token.usage")));
        Button close = new Button(getTranslation("exchange.token.copied"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("token-close");
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void refresh() {
        grid.setItemsPageable(tokens::page, page -> tokens.count());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.menu.apiTokens");
    }
}
