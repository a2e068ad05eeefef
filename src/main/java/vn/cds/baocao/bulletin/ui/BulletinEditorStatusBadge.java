package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.html.Span;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.bulletin.domain.BulletinStatus;

/** A bulletin's status as a coloured badge: đang soạn / chờ phê duyệt / bị trả lại / đã phát hành / đã đính chính. */
public final class BulletinEditorStatusBadge {

    private BulletinEditorStatusBadge() {
    }

    public static Span of(BulletinStatus status) {
        Span badge = new Span(Messages.get("bulletin.status." + status.name()));
        badge.getElement().getThemeList().add("badge " + switch (status) {
            case DRAFT, SUPERSEDED -> "contrast";
            case SUBMITTED -> "";
            case RETURNED -> "error";
            case PUBLISHED -> "success";
        });
        badge.addClassName("bulletin-status-badge");
        return badge;
    }
}
