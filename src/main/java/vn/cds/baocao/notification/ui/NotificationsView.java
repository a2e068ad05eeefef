package vn.cds.baocao.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.notification.service.NotificationItem;
import vn.cds.baocao.notification.service.NotificationService;

/** "Thông báo của tôi": every notification of the signed-in user (reached from the bell, not the menu). */
@Route("thong-bao")
@PermitAll
@StyleSheet("context://cds/notification.css")
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<NotificationItem> grid = new Grid<>();
    private Registration changes;

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        setSizeFull();
        addClassName("cds-notifications-view");
        add(new ViewTitle(getTranslation("notification.view.title")));
        add(new Paragraph(getTranslation("notification.view.intro")));

        Button markAll = new Button(getTranslation("notification.markAllRead"), new Icon(VaadinIcon.CHECK), e -> {
            int marked = notifications.markAllRead();
            Notifications.success(getTranslation("notification.markedAllRead", VnFormat.integer(marked)));
            NotificationsChanged.fire(UI.getCurrent());
        });
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(markAll);

        grid.addColumn(item -> VnFormat.dateTime(item.createdAt())).setHeader(getTranslation("notification.column.time"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty(NotificationService.SORT_TIME);
        grid.addComponentColumn(item -> describe(item, getLocale(), false))
                .setHeader(getTranslation("notification.column.text")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("notification.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation("notification.email." + item.emailStatus().name()))
                .setHeader(getTranslation("notification.column.email")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        changes = ComponentUtil.addListener(event.getUI(), NotificationsChanged.class, changed -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (changes != null) {
            changes.remove();
        }
    }

    /** Title, sentence and time of a notification, as the bell's panel and this page show it. */
    static Div describe(NotificationItem item, Locale locale, boolean withTime) {
        Span title = new Span(item.title(locale));
        title.addClassName("cds-notification-title");
        Span text = new Span(item.text(locale));
        text.addClassName("cds-notification-text");
        Div description = new Div(title, text);
        if (withTime) {
            Span time = new Span(VnFormat.dateTime(item.createdAt()));
            time.addClassName("cds-notification-time");
            description.add(time);
        }
        description.addClassName("cds-notification");
        if (!item.read()) {
            description.addClassName("cds-notification-unread");
        }
        return description;
    }

    private Span status(NotificationItem item) {
        Span status = new Span(getTranslation(item.read() ? "notification.status.read" : "notification.status.unread"));
        status.getElement().getThemeList().add(item.read() ? "badge contrast" : "badge");
        return status;
    }

    private void open(NotificationItem item) {
        var link = notifications.open(item.id());
        NotificationsChanged.fire(UI.getCurrent());
        link.ifPresent(route -> UI.getCurrent().navigate(route));
    }

    private void refresh() {
        grid.setItemsPageable(notifications::page, page -> notifications.count());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.view.title");
    }
}
