package vn.cds.baocao.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cds.baocao.analytics.service.LeaderHome;
import vn.cds.baocao.analytics.service.LeaderHome.KeyFigure;
import vn.cds.baocao.analytics.service.LeaderHome.Place;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.Verdict;

/** The leader's card: key figures of the latest approved period, first and last places, each linking to the dashboard. */
class LeaderCard extends HomeCard {

    static final String RANKING_TAB = "xep-hang";
    static final String COMPOSITE_TAB = "xep-hang-tong-hop";
    static final String TABLES_TAB = "bang-so-lieu";
    static final String TREND_TAB = "xu-huong";

    LeaderCard(Optional<LeaderHome> found, Locale locale) {
        super("home-leader", found.map(h -> Messages.get("home.leader.title", h.period().label(locale)))
                .orElse(Messages.get("home.leader.titleNone")));
        if (found.isEmpty()) {
            add(hint(getTranslation("home.leader.noPeriod")));
            return;
        }
        LeaderHome home = found.get();
        String key = home.period().key();
        add(hint(home.previous() == null
                ? getTranslation("home.leader.approved", String.valueOf(home.period().approvedReports()),
                        String.valueOf(home.period().expectedUnits()))
                : getTranslation("home.leader.approvedVersus", String.valueOf(home.period().approvedReports()),
                        String.valueOf(home.period().expectedUnits()), home.previous().label(locale))));

        Div figures = new Div();
        figures.addClassName("cds-home-figures");
        for (KeyFigure figure : home.figures()) {
            figures.add(figure(figure, key, locale));
        }
        add(figures);
        if (home.figures().isEmpty()) {
            add(hint(getTranslation("home.leader.noFigures")));
        }

        if (!home.top().isEmpty()) {
            Div places = new Div(places("home-top", getTranslation("home.leader.top"), home.top()),
                    places("home-bottom", getTranslation("home.leader.bottom"), home.bottom()));
            places.addClassName("cds-home-places");
            add(places);
            add(line(dashboard(getTranslation("home.leader.openComposite"), key, COMPOSITE_TAB)));
        }
        RouterLink tables = dashboard(getTranslation("home.leader.openTables"), key, TABLES_TAB);
        tables.setId("home-open-tables");
        add(line(tables, new Span(" · "), dashboard(getTranslation("home.leader.openTrend"), key, TREND_TAB)));
    }

    private Div figure(KeyFigure figure, String periodKey, Locale locale) {
        RouterLink name = dashboard(figure.column().header(), periodKey, RANKING_TAB, "chi-so", figure.column().code());
        name.addClassName("cds-home-figure-name");
        Span value = new Span(figure.value() == null ? getTranslation("home.leader.noValue") : figure.valueText());
        value.addClassName("cds-home-figure-value");
        Div row = new Div(name, value);
        row.addClassName("cds-home-figure");
        row.setId("home-figure-" + figure.column().code());
        Div details = new Div();
        details.addClassName("cds-home-figure-details");
        if (figure.column().targetText() != null) {
            details.add(new Span(getTranslation("home.leader.target", figure.column().targetText())));
        }
        if (figure.verdict() != Verdict.NONE) {
            details.add(badge(getTranslation("analytics.verdict." + figure.verdict().name()),
                    figure.verdict() == Verdict.MET ? "success" : "error"));
        }
        String change = Change.text(figure.change(), locale);
        if (!change.isEmpty()) {
            details.add(new Span(change));
        }
        if (figure.contributing() < figure.expected()) {
            details.add(new Span(getTranslation("home.leader.partial", String.valueOf(figure.contributing()),
                    String.valueOf(figure.expected()))));
        }
        row.add(details);
        return row;
    }

    private Div places(String id, String title, List<Place> places) {
        UnorderedList list = new UnorderedList();
        list.addClassName("cds-home-places-list");
        for (Place place : places) {
            list.add(new ListItem(getTranslation("home.leader.place", String.valueOf(place.rank()),
                    place.unit().shortName(), VnFormat.number(place.score(), 1))));
        }
        Div block = new Div(new H4(title), list);
        block.setId(id);
        return block;
    }
}
