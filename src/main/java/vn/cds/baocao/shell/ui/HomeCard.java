package vn.cds.baocao.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cds.baocao.analytics.ui.PeriodOverviewView;

/** One card of the home page: a title and its content; cards wrap into one column on a phone (home.css). */
class HomeCard extends Div {

    HomeCard(String id, String title) {
        setId(id);
        addClassName("cds-home-card");
        H3 heading = new H3(title);
        heading.addClassName("cds-home-card-title");
        add(heading);
    }

    static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("cds-hint");
        return hint;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static Div line(Component... parts) {
        Div line = new Div(parts);
        line.addClassName("cds-home-line");
        return line;
    }

    /** A link to the leaders' dashboard: {@code tong-quan?ky=2024-07&tab=...} plus extra parameters. */
    static RouterLink dashboard(String text, String periodKey, String tab, String... extra) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ky", periodKey);
        parameters.put("tab", tab);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            parameters.put(extra[i], extra[i + 1]);
        }
        RouterLink link = new RouterLink(text, PeriodOverviewView.class);
        link.setQueryParameters(QueryParameters.simple(parameters));
        return link;
    }
}
