package lv.kopiena.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import lv.kopiena.base.ui.DatePickers;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.report.Count;
import lv.kopiena.report.Report;
import lv.kopiena.report.ReportAudience;
import lv.kopiena.report.ReportFilter;
import lv.kopiena.report.ReportOptions;
import lv.kopiena.report.ReportRow;
import lv.kopiena.report.ReportService;
import lv.kopiena.report.ReportTable;
import lv.kopiena.report.export.ReportExportService;
import lv.kopiena.report.export.ReportFile;
import lv.kopiena.report.export.ReportFormat;
import lv.kopiena.report.export.ReportTexts;
import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the initiatives achieved, in numbers: filters (kept in the address, so a report can be
 * bookmarked), a banner saying whether the counts are exact or protected, key figures, and per
 * indicator a chart beside a plain HTML table that screen readers read and people can copy. The
 * downloads are made from the very report on the page, so they never hold more than it shows.
 */
@Route("reports")
@RolesAllowed({Role.Names.FUNDER, Role.Names.COORDINATOR, Role.Names.ADMIN})
@Menu(order = 25, title = "report.menu", icon = "vaadin:chart")
public class ReportView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver,
        AfterNavigationObserver {

    static final String FROM = "from";
    static final String TO = "to";
    static final String CENTRE = "centre";
    static final String INITIATIVE = "initiative";
    static final String PHASE = "phase";
    static final String MUNICIPALITY = "municipality";
    static final String PRIORITY = "priority";
    static final String TARGET_GROUP = "target-group";

    private final ReportService reports;
    private final ReportExportService exports;

    private final ViewToolbar toolbar = new ViewToolbar();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<ReportOptions.Choice> centre = new ComboBox<>();
    final ComboBox<ReportOptions.Choice> initiative = new ComboBox<>();
    final ComboBox<ReportOptions.PhaseChoice> phase = new ComboBox<>();
    final ComboBox<ReportOptions.MunicipalityChoice> municipality = new ComboBox<>();
    final ComboBox<ReportOptions.Choice> priority = new ComboBox<>();
    final ComboBox<ReportOptions.Choice> targetGroup = new ComboBox<>();
    private final Button reset = new Button();
    /** Which view of the numbers this is: exact, or protected for a funder. */
    final Div banner = new Div();
    /** For a funder: why the period is whole months. */
    final Paragraph periodNote = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Div figures = new Div();
    final Div tables = new Div();
    final Paragraph legend = new Paragraph();
    final Anchor csv = downloadLink(ReportFormat.CSV);
    final Anchor xlsx = downloadLink(ReportFormat.XLSX);
    final Anchor pdf = downloadLink(ReportFormat.PDF);

    private ReportOptions options = new ReportOptions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    private @Nullable Report report;
    /** True while fields are set from the address or new options, so that they do not each reload the report. */
    private boolean restoring;

    public ReportView(ReportService reports, ReportExportService exports) {
        this.reports = reports;
        this.exports = exports;
        setMaxWidth("80rem");
        addClassName("report-view");

        FlexLayout filters = new FlexLayout(from, to, centre, initiative, phase, municipality, priority, targetGroup, reset);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();
        filters.addClassName("report-filters");
        for (ComboBox<?> box : List.of(centre, initiative, phase, municipality, priority, targetGroup)) {
            box.setClearButtonVisible(true);
            box.setWidth("14rem");
        }
        municipality.setWidth("18rem");
        from.setWidth("10rem");
        to.setWidth("10rem");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        centre.setItemLabelGenerator(ReportOptions.Choice::name);
        initiative.setItemLabelGenerator(ReportOptions.Choice::name);
        phase.setItemLabelGenerator(ReportOptions.PhaseChoice::name);
        municipality.setItemLabelGenerator(ReportOptions.MunicipalityChoice::label);
        priority.setItemLabelGenerator(ReportOptions.Choice::name);
        targetGroup.setItemLabelGenerator(ReportOptions.Choice::name);
        phase.setEnabled(false);
        initiative.addValueChangeListener(e -> {
            boolean was = restoring;
            restoring = true;
            try {
                phasesOf(e.getValue());
            } finally {
                restoring = was;
            }
        });
        List.<HasValue<?, ?>>of(from, to, centre, initiative, phase, municipality, priority, targetGroup)
                .forEach(field -> field.addValueChangeListener(e -> filterChanged()));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(e -> clearFilters());

        FlexLayout downloads = new FlexLayout(csv, xlsx, pdf);
        downloads.getStyle().set("gap", "var(--lumo-space-m)");
        toolbar.add(downloads);

        banner.addClassName("report-banner");
        banner.getElement().setAttribute("role", "note");
        banner.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("width", "100%").set("box-sizing", "border-box");
        periodNote.addClassName("report-period-note");
        periodNote.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        periodNote.setVisible(false);
        empty.addClassName("report-empty");
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        figures.addClassName("report-figures");
        figures.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        figures.setWidthFull();
        tables.setWidthFull();
        legend.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        add(toolbar, filters, periodNote, banner, empty, figures, tables, legend);
    }

    // ---- filters

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        loadOptions(event.getUI().getLocale());
        QueryParameters parameters = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            from.setValue(date(parameters, FROM));
            to.setValue(date(parameters, TO));
            centre.setValue(choice(parameters, CENTRE, options.centres(), ReportOptions.Choice::id));
            initiative.setValue(choice(parameters, INITIATIVE, options.initiatives(), ReportOptions.Choice::id));
            phasesOf(initiative.getValue());
            phase.setValue(choice(parameters, PHASE, phaseItems(initiative.getValue()), ReportOptions.PhaseChoice::id));
            municipality.setValue(choice(parameters, MUNICIPALITY, options.municipalities(),
                    ReportOptions.MunicipalityChoice::id));
            priority.setValue(choice(parameters, PRIORITY, options.priorities(), ReportOptions.Choice::id));
            targetGroup.setValue(choice(parameters, TARGET_GROUP, options.targetGroups(), ReportOptions.Choice::id));
        } finally {
            restoring = false;
        }
    }

    /** The filter as the fields hold it; the service adds the reader's own scope on top. */
    ReportFilter filter() {
        return new ReportFilter(from.getValue(), to.getValue(), id(centre.getValue(), ReportOptions.Choice::id),
                id(initiative.getValue(), ReportOptions.Choice::id), id(phase.getValue(), ReportOptions.PhaseChoice::id),
                id(municipality.getValue(), ReportOptions.MunicipalityChoice::id),
                id(priority.getValue(), ReportOptions.Choice::id), id(targetGroup.getValue(), ReportOptions.Choice::id));
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("reports", QueryParameters.simple(parameters()))));
    }

    /** The filter as address parameters, e.g. {@code ?initiative=1&from=2025-01-01}. */
    Map<String, String> parameters() {
        ReportFilter f = filter();
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, FROM, f.from());
        put(parameters, TO, f.to());
        put(parameters, CENTRE, f.centreId());
        put(parameters, INITIATIVE, f.initiativeId());
        put(parameters, PHASE, f.phaseId());
        put(parameters, MUNICIPALITY, f.municipalityId());
        put(parameters, PRIORITY, f.priorityId());
        put(parameters, TARGET_GROUP, f.targetGroupId());
        return parameters;
    }

    private void clearFilters() {
        restoring = true;
        try {
            List.<HasValue<?, ?>>of(from, to, centre, initiative, phase, municipality, priority, targetGroup)
                    .forEach(HasValue::clear);
        } finally {
            restoring = false;
        }
        filterChanged();
    }

    /** The phase choices follow the initiative: none to choose before one is chosen. */
    private void phasesOf(ReportOptions.@Nullable Choice chosen) {
        phase.clear();
        phase.setItems(phaseItems(chosen));
        phase.setEnabled(chosen != null);
    }

    private List<ReportOptions.PhaseChoice> phaseItems(ReportOptions.@Nullable Choice chosen) {
        return chosen == null ? List.of()
                : options.phases().stream().filter(p -> p.initiativeId() == chosen.id()).toList();
    }

    /** The choices in the reader's language; what was chosen stays chosen. */
    private void loadOptions(Locale locale) {
        ReportFilter kept = filter();
        options = reports.options(locale);
        restoring = true;
        try {
            centre.setItems(options.centres());
            // a coordinator reports on its own centre only: nothing to choose
            centre.setVisible(options.centres().size() > 1);
            initiative.setItems(options.initiatives());
            municipality.setItems(options.municipalities());
            priority.setItems(options.priorities());
            targetGroup.setItems(options.targetGroups());
            centre.setValue(byId(options.centres(), kept.centreId(), ReportOptions.Choice::id));
            initiative.setValue(byId(options.initiatives(), kept.initiativeId(), ReportOptions.Choice::id));
            phasesOf(initiative.getValue());
            phase.setValue(byId(phaseItems(initiative.getValue()), kept.phaseId(), ReportOptions.PhaseChoice::id));
            municipality.setValue(byId(options.municipalities(), kept.municipalityId(),
                    ReportOptions.MunicipalityChoice::id));
            priority.setValue(byId(options.priorities(), kept.priorityId(), ReportOptions.Choice::id));
            targetGroup.setValue(byId(options.targetGroups(), kept.targetGroupId(), ReportOptions.Choice::id));
        } finally {
            restoring = false;
        }
    }

    // ---- the report

    @Override
    public void localeChange(LocaleChangeEvent event) {
        toolbar.setTitle(getTranslation("report.title"));
        from.setLabel(getTranslation("report.ui.filter.from"));
        to.setLabel(getTranslation("report.ui.filter.to"));
        from.setI18n(DatePickers.i18n(this, event.getLocale()));
        to.setI18n(DatePickers.i18n(this, event.getLocale()));
        from.setLocale(event.getLocale());
        to.setLocale(event.getLocale());
        centre.setLabel(getTranslation("report.filter.centre"));
        initiative.setLabel(getTranslation("report.filter.initiative"));
        phase.setLabel(getTranslation("report.filter.phase"));
        municipality.setLabel(getTranslation("report.filter.municipality"));
        priority.setLabel(getTranslation("report.filter.priority"));
        targetGroup.setLabel(getTranslation("report.filter.target-group"));
        reset.setText(getTranslation("report.ui.filter.reset"));
        csv.setText(getTranslation("report.ui.download.csv"));
        xlsx.setText(getTranslation("report.ui.download.xlsx"));
        pdf.setText(getTranslation("report.ui.download.pdf"));
        if (report != null) {
            // a language switch on the open page: names and words change, the filter stays
            loadOptions(event.getLocale());
            refresh();
        }
    }

    /** After every navigation, also to this same page with other address parameters. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Asks the service for the report of the current filter and shows it. */
    void refresh() {
        Locale locale = locale();
        try {
            show(reports.report(filter(), locale), locale);
        } catch (RuntimeException e) {
            report = null;
            figures.removeAll();
            tables.removeAll();
            ErrorMessages.show(this, e);
        }
    }

    private void show(Report shown, Locale locale) {
        report = shown;
        ReportTexts texts = exports.texts(locale);
        boolean protect = shown.audience() == ReportAudience.PROTECTED;
        // a funder's report says which initiatives it covers (the service names them as a filter line)
        banner.setText(shown.applied().stream().filter(a -> a.labelKey().equals("report.filter.funded"))
                .map(a -> getTranslation(a.labelKey()) + ": " + a.value() + ". ")
                .findFirst().orElse("") + texts.audience(shown.audience()));
        banner.getStyle().set("background", protect ? "var(--lumo-warning-color-10pct, #fff4e0)" : "var(--lumo-primary-color-10pct)")
                .set("color", "var(--lumo-body-text-color)");
        banner.getElement().setAttribute("data-audience", shown.audience().name());
        legend.setText(protect ? texts.tr("report.export.legend") : "");
        legend.setVisible(protect);
        periodNote.setText(protect ? getTranslation("report.ui.period.whole-months") : "");
        periodNote.setVisible(protect);
        if (protect) {
            showPeriod(shown.filter());
        }

        boolean nothing = isEmpty(shown);
        empty.setText(getTranslation("report.ui.empty"));
        empty.setVisible(nothing);
        figures.removeAll();
        shown.keyFigures().forEach(figure -> figures.add(card(texts.tr(figure.labelKey()), figure.value())));
        tables.removeAll();
        if (!nothing) {
            shown.tables().forEach(table -> tables.add(section(table, texts, locale)));
        }
    }

    /**
     * Shows the period the report really covers: for a funder the service widens it to whole
     * months, and the date fields and the address say so rather than keep a day the numbers ignore.
     */
    private void showPeriod(ReportFilter covered) {
        if (Objects.equals(from.getValue(), covered.from()) && Objects.equals(to.getValue(), covered.to())) {
            return;
        }
        boolean was = restoring;
        restoring = true;
        try {
            from.setValue(covered.from());
            to.setValue(covered.to());
        } finally {
            restoring = was;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("reports", QueryParameters.simple(parameters()))));
    }

    /** No activity matches: the figures say 0 and the tables would all be empty. */
    private static boolean isEmpty(Report report) {
        return report.keyFigures().stream().filter(k -> k.labelKey().equals("report.figure.activities")).findFirst()
                .map(k -> k.value().shown() && k.value().value() != null && k.value().value().longValue() == 0)
                .orElseGet(() -> report.tables().stream().allMatch(t -> t.rows().isEmpty()));
    }

    private static Component card(String label, Count value) {
        Span number = new Span(value.text());
        number.addClassName("report-figure-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600")
                .set("color", "var(--lumo-primary-text-color)");
        Span text = new Span(label);
        text.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div card = new Div(number, text);
        card.addClassName("report-figure");
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("min-width", "11rem")
                .set("flex", "1 1 11rem").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    /** One indicator: its title, its chart (a PNG with the title as alt text) and its table beside it. */
    private Component section(ReportTable table, ReportTexts texts, Locale locale) {
        String title = texts.title(table);
        H3 heading = new H3(title);
        FlexLayout body = new FlexLayout();
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.setAlignItems(Alignment.START);
        body.getStyle().set("gap", "var(--lumo-space-l)");
        body.setWidthFull();
        if (ReportExportService.hasChart(table) && !table.rows().isEmpty()) {
            byte[] png = exports.chartPng(table, locale);
            Image chart = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(png), table.id() + ".png", "image/png", png.length)), title);
            chart.addClassName("report-chart");
            chart.getStyle().set("width", "100%").set("max-width", ReportExportService.chartWidth() + "px")
                    .set("flex", "1 1 28rem").set("height", "auto")
                    .set("aspect-ratio", ReportExportService.chartWidth() + " / " + ReportExportService.chartHeight(table));
            body.add(chart);
        }
        body.add(table(table, texts, title));
        Div section = new Div(heading, body);
        section.addClassName("report-section");
        section.setId("report-" + table.id());
        section.setWidthFull();
        return section;
    }

    private Component table(ReportTable table, ReportTexts texts, String title) {
        NativeTable html = new NativeTable();
        html.addClassName("report-table");
        html.getElement().setAttribute("aria-label", title);
        html.getStyle().set("border-collapse", "collapse").set("flex", "0 1 auto").set("min-width", "16rem")
                .set("font-size", "var(--lumo-font-size-s)");
        NativeTableRow head = html.getHead().addRow();
        header(head, "");
        table.columnKeys().forEach(key -> header(head, texts.column(key)));
        if (table.rows().isEmpty()) {
            NativeTableCell none = html.addBody().addRow().addDataCell();
            none.setText(getTranslation("report.ui.table.empty"));
            none.setColspan(table.columnKeys().size() + 1);
            return html;
        }
        var body = html.addBody();
        for (ReportRow row : table.rows()) {
            row(body.addRow(), texts.label(row), row, false);
        }
        if (table.total() != null) {
            row(html.getFoot().addRow(), texts.label(table.total()), table.total(), true);
        }
        return html;
    }

    private static void header(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", "col");
        cell.getStyle().set("text-align", text.isEmpty() ? "left" : "right").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "2px solid var(--lumo-contrast-20pct)");
    }

    private static void row(NativeTableRow tr, String label, ReportRow row, boolean total) {
        NativeTableHeaderCell name = tr.addHeaderCell();
        name.setText(label);
        name.getElement().setAttribute("scope", "row");
        name.getStyle().set("text-align", "left").set("font-weight", total ? "600" : "normal")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        for (Count count : row.values()) {
            NativeTableCell cell = tr.addDataCell();
            cell.setText(count.text());
            if (!count.shown()) {
                cell.addClassName("report-hidden");
            }
            cell.getStyle().set("text-align", "right").set("font-variant-numeric", "tabular-nums")
                    .set("font-weight", total ? "600" : "normal").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        }
    }

    // ---- downloads

    private Anchor downloadLink(ReportFormat format) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                return download(format);
            } catch (RuntimeException e) {
                event.getUI().access(() -> ErrorMessages.show(this, e));
                return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR, e);
            }
        }), AttachmentType.DOWNLOAD, "");
        anchor.addClassName("report-download");
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        return anchor;
    }

    /** The report on the page as a file; made from that report, it holds nothing the page does not. */
    DownloadResponse download(ReportFormat format) {
        Report shown = report;
        if (shown == null) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
        ReportFile file = exports.export(shown, format, locale());
        return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                file.content().length);
    }

    // ---- helpers

    private Locale locale() {
        UI ui = getUI().orElseGet(UI::getCurrent);
        return ui == null ? TranslationProvider.LATVIAN : TranslationProvider.supported(ui.getLocale());
    }

    private static @Nullable LocalDate date(QueryParameters parameters, String name) {
        try {
            return parameters.getSingleParameter(name).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The choice an address parameter names, if the reader may choose it at all. */
    private static <T> @Nullable T choice(QueryParameters parameters, String name, List<T> items, ToLongFunction<T> id) {
        Optional<String> value = parameters.getSingleParameter(name);
        return value.map(v -> items.stream().filter(i -> String.valueOf(id.applyAsLong(i)).equals(v)).findFirst()
                .orElse(null)).orElse(null);
    }

    private static <T> @Nullable T byId(List<T> items, @Nullable Long wanted, ToLongFunction<T> id) {
        return wanted == null ? null : items.stream().filter(i -> id.applyAsLong(i) == wanted).findFirst().orElse(null);
    }

    private static <T> @Nullable Long id(@Nullable T value, Function<T, Long> id) {
        return value == null ? null : id.apply(value);
    }

    private static void put(Map<String, String> parameters, String name, @Nullable Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
