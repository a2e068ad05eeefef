package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.bulletin.service.BulletinReader;
import vn.cds.baocao.bulletin.service.BulletinRoutes;
import vn.cds.baocao.bulletin.service.BulletinSummary;

/**
 * "Bản tin / Báo cáo chuyên đề": the published bulletins, newest first, as cards that fit a phone; searched by text
 * (as the reader types) and filtered by year, a page at a time ("Xem thêm").
 */
@Route(BulletinRoutes.READ_LIST)
@RolesAllowed({"LEADER", "REVIEWER", "PUBLISHER"})
@Menu(order = 33, title = "bulletin.reader.menu", icon = "vaadin:newspaper")
@StyleSheet("context://cds/bulletin-reader.css")
public class BulletinsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 10;
    static final int SEARCH_DELAY_MILLIS = 400;

    private final transient BulletinReader reader;
    final TextField search = new TextField();
    final Select<Integer> year = new Select<>();
    final Paragraph count = new Paragraph();
    final Div cards = new Div();
    final Button more = new Button();
    private int shown;
    private long total;

    public BulletinsView(BulletinReader reader) {
        this.reader = reader;
        addClassName("bulletin-read-list-view");
        setWidthFull();
        setMaxWidth("60em");

        search.setLabel(getTranslation("bulletin.reader.search"));
        search.setPlaceholder(getTranslation("bulletin.reader.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(BulletinReader.MAX_QUERY);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DELAY_MILLIS);
        search.setId("bulletin-search");
        search.addClassName("bulletin-read-search");
        search.addValueChangeListener(e -> reload());

        year.setLabel(getTranslation("bulletin.reader.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("bulletin.reader.allYears"));
        year.setItems(reader.years());
        year.setItemLabelGenerator(y -> y == null ? getTranslation("bulletin.reader.allYears") : String.valueOf(y));
        year.setId("bulletin-year");
        year.addValueChangeListener(e -> reload());

        HorizontalLayout filters = new HorizontalLayout(search, year);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        count.setId("bulletin-count");
        count.addClassName("cds-hint");
        cards.setId("bulletin-cards");
        cards.addClassName("bulletin-read-cards");
        more.setText(getTranslation("bulletin.reader.more"));
        more.setId("bulletin-more");
        more.addClickListener(e -> showMore());

        add(new ViewTitle(getTranslation("bulletin.reader.menu")), filters, count, cards, more);
        reload();
    }

    /** From the first page again, after the search text or the year changed. */
    private void reload() {
        cards.removeAll();
        shown = 0;
        total = reader.countPublished(search.getValue(), year.getValue());
        showMore();
    }

    private void showMore() {
        List<BulletinSummary> page = reader.published(search.getValue(), year.getValue(), shown, PAGE);
        page.forEach(summary -> cards.add(new BulletinReadCard(summary)));
        shown += page.size();
        boolean filtered = !search.getValue().isBlank() || year.getValue() != null;
        if (total == 0) {
            count.setText(getTranslation(filtered ? "bulletin.reader.noMatch" : "bulletin.reader.none"));
        } else {
            count.setText(getTranslation("bulletin.reader.count", VnFormat.integer(total),
                    VnFormat.integer(shown)));
        }
        more.setVisible(shown < total && !page.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bulletin.reader.menu");
    }
}
