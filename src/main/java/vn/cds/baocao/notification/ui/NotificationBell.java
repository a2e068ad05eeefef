package vn.cds.baocao.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import vn.cds.baocao.base.error.DatabaseUnavailable;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.RecentOutage;
import vn.cds.baocao.notification.service.NotificationItem;
import vn.cds.baocao.notification.service.NotificationProperties;
import vn.cds.baocao.notification.service.NotificationService;

/**
 * The bell in the header: the number of unread notifications, and on click a panel with the newest ones (open,
 * mark read, mark all read, see all). The count refreshes on every navigation and, while the user is active in the
 * page, every poll interval.
 *
 * <p>Why not {@code UI.setPollInterval}: every poll is a request that counts as activity, so with
 * {@code vaadin.closeIdleSessions} an open tab would never time out. A small timer in the page asks the server only
 * if the user touched mouse, keyboard or screen within {@code poll-idle-limit}; an unattended screen stops asking
 * and its session expires as configured.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@StyleSheet("context://cds/notification.css")
public class NotificationBell extends Div {

    /** How many notifications the panel shows; the rest are on the notifications page. */
    static final int SHOWN = 8;

    /** $0: poll interval, $1: idle limit (ms). {@code this} is the bell's element. */
    private static final String POLL_WHILE_ACTIVE = """
            const bell = this;
            if (!window.cdsLastActivity) {
                window.cdsLastActivity = Date.now();
                for (const type of ['pointerdown', 'keydown', 'mousemove', 'wheel', 'touchstart']) {
                    document.addEventListener(type, () => window.cdsLastActivity = Date.now(),
                            {capture: true, passive: true});
                }
            }
            clearInterval(bell.cdsPollTimer);
            bell.cdsPollTimer = setInterval(() => {
                if (!bell.isConnected) {
                    clearInterval(bell.cdsPollTimer);
                } else if (Date.now() - window.cdsLastActivity <= $1) {
                    bell.$server.poll();
                }
            }, $0);
            """;

    private final NotificationService notifications;
    private final int pollMillis;
    private final int pollIdleLimitMillis;
    private final Button bell = new Button(new Icon(VaadinIcon.BELL));
    private final Span count = new Span();
    private final Popover panel = new Popover();
    private final Div list = new Div();
    private final List<Registration> registrations = new ArrayList<>();

    public NotificationBell(NotificationService notifications, NotificationProperties properties) {
        this.notifications = notifications;
        this.pollMillis = millis(properties.pollInterval());
        this.pollIdleLimitMillis = millis(properties.pollIdleLimit());
        addClassName("cds-notification-bell");

        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.addClassName("cds-notification-count");
        count.getElement().getThemeList().add("badge error primary small pill");

        panel.setTarget(bell);
        panel.setPosition(PopoverPosition.BOTTOM_END);
        panel.addThemeVariants(PopoverVariant.ARROW);
        panel.setAriaLabel(getTranslation("notification.panel.title"));
        panel.addClassName("cds-notification-panel");
        panel.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                showList();
            }
        });
        list.addClassName("cds-notification-list");
        panel.add(header(), list, footer());
        add(bell, count, panel);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        refreshCount();
        registrations.add(ui.addAfterNavigationListener(navigation -> refreshCount()));
        registrations.add(ComponentUtil.addListener(ui, NotificationsChanged.class, changed -> {
            refreshCount();
            if (panel.isOpened()) {
                showList();
            }
        }));
        if (pollMillis > 0) {
            getElement().executeJs(POLL_WHILE_ACTIVE, pollMillis, pollIdleLimitMillis);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    /** Called by the page's timer while the user is active. */
    @ClientCallable
    void poll() {
        refreshCount();
        if (panel.isOpened()) {
            showList();
        }
    }

    /** Reads the unread count again; while the database cannot be reached the bell keeps its last count. */
    public void refreshCount() {
        if (RecentOutage.noted()) {
            return; // the page or the action the user is on says what happened, once
        }
        long unread;
        try {
            unread = notifications.unreadCount();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            RecentOutage.note();
            return;
        }
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread > 0 ? getTranslation("notification.bell.unread", VnFormat.integer(unread))
                : getTranslation("notification.bell"));
        bell.setTooltipText(bell.getAriaLabel().orElse(null));
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, duration.toMillis()));
    }

    private Div header() {
        Span title = new Span(getTranslation("notification.panel.title"));
        title.addClassName("cds-notification-panel-title");
        Button markAll = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            changed();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div header = new Div(title, markAll);
        header.addClassName("cds-notification-panel-header");
        return header;
    }

    private Div footer() {
        Button all = new Button(getTranslation("notification.showAll"), e -> {
            panel.close();
            UI.getCurrent().navigate(NotificationsView.class);
        });
        all.setId("notification-show-all");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div footer = new Div(all);
        footer.addClassName("cds-notification-panel-footer");
        return footer;
    }

    private void showList() {
        list.removeAll();
        List<NotificationItem> latest = notifications.latest(SHOWN);
        if (latest.isEmpty()) {
            Span empty = new Span(getTranslation("notification.empty"));
            empty.addClassName("cds-notification-empty");
            list.add(empty);
        }
        latest.forEach(item -> list.add(row(item)));
    }

    private Div row(NotificationItem item) {
        Div body = NotificationsView.describe(item, getLocale(), true);
        body.addClassName("cds-notification-body");
        body.addClickListener(e -> open(item));
        Div row = new Div(body);
        row.addClassName("cds-notification-row");
        if (!item.read()) {
            row.addClassName("cds-notification-unread");
            Button markRead = new Button(new Icon(VaadinIcon.CHECK), e -> {
                notifications.markRead(item.id());
                changed();
            });
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            markRead.setAriaLabel(getTranslation("notification.markRead"));
            markRead.setTooltipText(getTranslation("notification.markRead"));
            markRead.addClassName("cds-notification-mark-read");
            row.add(markRead);
        }
        return row;
    }

    private void open(NotificationItem item) {
        Optional<String> link = notifications.open(item.id());
        panel.close();
        changed();
        link.ifPresent(route -> UI.getCurrent().navigate(route));
    }

    private void changed() {
        NotificationsChanged.fire(UI.getCurrent());
    }
}
