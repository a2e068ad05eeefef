package vn.cds.baocao.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.DataCommunicator;
import com.vaadin.flow.data.provider.DataGenerator;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.cds.baocao.base.csv.CsvWriter;

/**
 * "Tải CSV" for any grid: the visible columns with a header, in their order, and the rows as the grid shows them
 * (sorted and filtered; a lazy grid's rows all of them, fetched page by page), each cell as the user reads it — the text of a plain column, the text of a component
 * column (a badge, a link). Written by {@link CsvWriter}: UTF-8 with BOM, Vietnamese headers, formulas neutralised.
 * One line next to a grid adds it: {@code add(GridCsv.link(grid, "nguoi-dung"), grid)}.
 */
public final class GridCsv {

    /** The key of a column of buttons (edit, delete, ...): not data, left out of the file. */
    public static final String ACTIONS_KEY = "actions";
    /** Rows fetched per query from a lazy grid. */
    static final int PAGE = 500;

    private GridCsv() {
    }

    /** A download link for the grid's rows; the file is built when clicked, from what the grid shows then. */
    public static <T> Anchor link(Grid<T> grid, String fileBaseName) {
        String file = fileBaseName + ".csv";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv(grid);
            return new DownloadResponse(new ByteArrayInputStream(csv), file, "text/csv; charset=UTF-8", csv.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(link.getTranslation("exchange.csv.download")));
        link.getElement().setAttribute("download", file);
        link.getElement().setAttribute("title", link.getTranslation("exchange.csv.title"));
        link.addClassName("cds-csv-grid-link");
        return link;
    }

    /** The grid as CSV bytes. */
    public static <T> byte[] csv(Grid<T> grid) {
        List<Grid.Column<T>> columns = grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .filter(column -> !ACTIONS_KEY.equals(column.getKey()))
                .filter(column -> !header(column).isBlank())
                .toList();
        List<String> header = columns.stream().map(GridCsv::header).toList();
        Map<Grid.Column<T>, DataGenerator<T>> generators = new HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        forEachItem(grid, item -> {
            List<String> row = new ArrayList<>(columns.size());
            for (Grid.Column<T> column : columns) {
                row.add(text(column, item, generators));
            }
            rows.add(row);
        });
        return CsvWriter.toBytes(header, rows);
    }

    /**
     * Every row of the grid in its order: an in-memory grid's rows as filtered and sorted; a lazy grid's rows
     * fetched from its data provider in pages of {@link #PAGE}, as scrolling would (never one query for all).
     */
    @SuppressWarnings("unchecked")
    private static <T> void forEachItem(Grid<T> grid, Consumer<T> action) {
        if (grid.getDataProvider().isInMemory()) {
            grid.getGenericDataView().getItems().forEach(action);
            return;
        }
        DataProvider<T, Object> provider = (DataProvider<T, Object>) grid.getDataProvider();
        DataCommunicator<T> communicator = grid.getDataCommunicator();
        for (int offset = 0; ; offset += PAGE) {
            List<T> page = provider.fetch(new Query<>(offset, PAGE, communicator.getBackEndSorting(),
                    communicator.getInMemorySorting(), null)).toList();
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static String header(Grid.Column<?> column) {
        if (column.getHeaderText() != null && !column.getHeaderText().isBlank()) {
            return column.getHeaderText().strip();
        }
        Component component = column.getHeaderComponent();
        return component == null ? "" : component.getElement().getTextRecursively().strip();
    }

    private static <T> String text(Grid.Column<T> column, T item, Map<Grid.Column<T>, DataGenerator<T>> generators) {
        Renderer<T> renderer = column.getRenderer();
        if (renderer instanceof ComponentRenderer<?, T> components) {
            Component component = components.createComponent(item);
            return component == null ? "" : textWithoutButtons(component.getElement()).strip().replaceAll("\\s+", " ");
        }
        if (renderer instanceof LitRenderer<T> lit) {
            return lit.getValueProviders().values().stream().map(p -> p.apply(item))
                    .map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(" ")).strip();
        }
        // a plain column (addColumn(valueProvider)): its renderer writes the value into the row's data
        DataGenerator<T> generator = generators.computeIfAbsent(column, c -> renderer.render(new Element("div"), null)
                .getDataGenerator().orElse(null));
        if (generator == null) {
            return "";
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        generator.generateData(item, data);
        return data.valueStream().findFirst().map(GridCsv::plain).orElse("");
    }

    /** What the user reads in a cell: its texts, not the labels of its buttons. */
    private static String textWithoutButtons(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if ("vaadin-button".equals(element.getTag()) || "button".equals(element.getTag())) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        element.getChildren().forEach(child -> {
            String part = textWithoutButtons(child);
            if (!part.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(part.strip());
            }
        });
        return text.toString();
    }

    private static String plain(JsonNode value) {
        return value == null || value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString();
    }
}
