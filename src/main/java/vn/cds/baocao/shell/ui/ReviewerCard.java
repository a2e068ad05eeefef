package vn.cds.baocao.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.review.service.ReviewerHome;
import vn.cds.baocao.review.service.ReviewerHome.LateUnit;
import vn.cds.baocao.review.service.ReviewerHome.PeriodProgress;
import vn.cds.baocao.review.ui.CompletenessView;
import vn.cds.baocao.review.ui.ReviewQueueView;

/** The reviewer's card: reports waiting for review, where the current periods stand, who is late. */
class ReviewerCard extends HomeCard {

    /** Late units named on the card; the completeness board lists them all. */
    static final int LATE_SHOWN = 8;

    ReviewerCard(ReviewerHome home, Locale locale) {
        super("home-reviewer", Messages.get("home.reviewer.title"));
        RouterLink queue = new RouterLink(getTranslation("home.reviewer.waiting", VnFormat.integer(home.waiting())),
                ReviewQueueView.class);
        queue.setId("home-review-queue");
        queue.addClassName("cds-home-big");
        add(line(queue));
        if (home.periods().isEmpty()) {
            add(hint(getTranslation("home.reviewer.noCurrent")));
        }
        for (PeriodProgress progress : home.periods()) {
            add(period(progress, locale));
        }
        RouterLink board = new RouterLink(getTranslation("home.reviewer.openBoard"), CompletenessView.class);
        board.setId("home-completeness");
        add(line(board));
    }

    private Div period(PeriodProgress progress, Locale locale) {
        Div block = new Div(new H4(getTranslation("home.reviewer.period", progress.period().label(locale),
                VnFormat.date(progress.period().getDeadline()))));
        block.addClassName("cds-home-period");
        block.setId("home-review-" + progress.period().yearMonth());
        block.add(line(
                badge(getTranslation("home.reviewer.submitted", String.valueOf(progress.submitted())), ""),
                badge(getTranslation("home.reviewer.returned", String.valueOf(progress.returned())), "error"),
                badge(getTranslation("home.reviewer.approved", String.valueOf(progress.approved())), "success"),
                badge(getTranslation("home.reviewer.notSubmitted", String.valueOf(progress.notSubmitted()),
                        String.valueOf(progress.expected())), "contrast")));
        if (progress.late().isEmpty()) {
            block.add(hint(getTranslation("home.reviewer.noneLate")));
            return block;
        }
        block.add(new Span(getTranslation("home.reviewer.late", String.valueOf(progress.late().size()))));
        UnorderedList list = new UnorderedList();
        list.addClassName("cds-home-late");
        progress.late().stream().limit(LATE_SHOWN).forEach(unit -> list.add(new ListItem(late(unit))));
        if (progress.late().size() > LATE_SHOWN) {
            list.add(new ListItem(getTranslation("home.reviewer.lateMore",
                    String.valueOf(progress.late().size() - LATE_SHOWN))));
        }
        block.add(list);
        return block;
    }

    private String late(LateUnit unit) {
        return getTranslation("home.reviewer.lateUnit", unit.unitName(), String.valueOf(unit.daysLate()));
    }
}
