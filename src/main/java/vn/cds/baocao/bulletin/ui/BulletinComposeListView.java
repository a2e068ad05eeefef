package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.base.ui.form.Cells;
import vn.cds.baocao.bulletin.service.BulletinComposer;
import vn.cds.baocao.bulletin.service.BulletinComposer.PeriodChoice;
import vn.cds.baocao.bulletin.service.BulletinRoutes;
import vn.cds.baocao.bulletin.service.BulletinSummary;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * "Soạn báo cáo chuyên đề": the newest edition of every period's bulletin, newest first, with its status and who
 * changed it last; a click opens it. A composer (REVIEWER) creates the bulletin of a period that has none.
 */
@Route(BulletinRoutes.COMPOSE_LIST)
@RolesAllowed({"REVIEWER", "PUBLISHER"})
@Menu(order = 36, title = "bulletinEditor.menu", icon = "vaadin:newspaper")
@StyleSheet("context://cds/bulletin-editor.css")
public class BulletinComposeListView extends VerticalLayout implements HasDynamicTitle {

    private final transient BulletinComposer composer;
    private final Grid<BulletinSummary> grid = new Grid<>();

    public BulletinComposeListView(BulletinComposer composer, CurrentUser currentUser) {
        this.composer = composer;
        boolean reviewer = currentUser.require().hasRole(Role.REVIEWER);
        addClassName("bulletin-compose-list");
        setWidthFull();
        setMaxWidth("80rem");
        add(new ViewTitle(getTranslation("bulletinEditor.menu")),
                new Paragraph(getTranslation(reviewer ? "bulletinEditor.list.introReviewer"
                        : "bulletinEditor.list.introPublisher")));
        if (reviewer) {
            Button create = new Button(getTranslation("bulletin.action.CREATE"), VaadinIcon.PLUS.create(),
                    e -> askPeriod());
            create.setId("bulletin-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        grid.setId("bulletin-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(b -> Cells.twoLines(b.periodLabel(), b.isCorrection()
                        ? getTranslation("bulletinEditor.correction", String.valueOf(b.edition())) : ""))
                .setHeader(getTranslation("bulletinEditor.list.period")).setKey("period").setFlexGrow(1);
        grid.addColumn(BulletinSummary::numberLine).setHeader(getTranslation("bulletinEditor.list.number"))
                .setKey("number").setAutoWidth(true);
        grid.addColumn(b -> VnFormat.date(b.issuedOn())).setHeader(getTranslation("bulletinEditor.list.issuedOn"))
                .setKey("issuedOn").setAutoWidth(true);
        grid.addComponentColumn(b -> BulletinEditorStatusBadge.of(b.status()))
                .setHeader(getTranslation("bulletinEditor.list.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(BulletinSummary::updatedBy).setHeader(getTranslation("bulletinEditor.list.updatedBy"))
                .setKey("updatedBy").setAutoWidth(true);
        grid.addColumn(b -> VnFormat.dateTime(b.updatedAt())).setHeader(getTranslation("bulletinEditor.list.updatedAt"))
                .setKey("updatedAt").setAutoWidth(true);
        grid.setItems(query -> composer.list(query.getOffset(), query.getLimit()).stream(),
                query -> (int) composer.count());
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setEmptyStateText(getTranslation("bulletinEditor.list.empty"));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private void open(long bulletinId) {
        getUI().ifPresent(ui -> ui.navigate(BulletinRoutes.editor(bulletinId)));
    }

    /** "Tạo bản tin": the periods that have begun and have no bulletin. */
    private void askPeriod() {
        List<PeriodChoice> periods = composer.periodsWithoutBulletin();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("bulletinEditor.create.title"));
        if (periods.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("bulletinEditor.create.none")));
            dialog.getFooter().add(new Button(getTranslation("bulletinEditor.close"), e -> dialog.close()));
            dialog.open();
            return;
        }
        Select<PeriodChoice> period = new Select<>();
        period.setId("bulletin-create-period");
        period.setLabel(getTranslation("bulletinEditor.create.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(PeriodChoice::label);
        period.setValue(periods.getFirst());
        period.setWidth("min(24rem, 90vw)");
        Button confirm = new Button(getTranslation("bulletin.action.CREATE"), e -> {
            try {
                long id = composer.create(period.getValue().periodId());
                dialog.close();
                open(id);
            } catch (BusinessException refused) {
                Notifications.error(refused.message(getLocale()));
            }
        });
        confirm.setId("bulletin-create-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div content = new Div(new Paragraph(getTranslation("bulletinEditor.create.intro")), period);
        dialog.add(content);
        dialog.getFooter().add(new Button(getTranslation("bulletinEditor.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bulletinEditor.menu");
    }
}
