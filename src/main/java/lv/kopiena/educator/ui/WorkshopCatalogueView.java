package lv.kopiena.educator.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import lv.kopiena.base.ui.DatePickers;
import lv.kopiena.base.ui.Queries;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.educator.CatalogueFilter;
import lv.kopiena.educator.CentreOption;
import lv.kopiena.educator.PriorityOption;
import lv.kopiena.educator.WorkshopCard;
import lv.kopiena.educator.WorkshopCatalogueService;

/**
 * The public list of upcoming workshops, open without login: filter by centre, dates, language
 * and priority, see the seats left and whether sign-up is open, and open one to sign up.
 */
@Route("workshops")
@AnonymousAllowed
@Menu(order = 15, title = "educator.workshops.menu", icon = "vaadin:academy-cap")
public class WorkshopCatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final WorkshopCatalogueService catalogue;
    final ComboBox<CentreOption> centre = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<String> language = new ComboBox<>();
    final ComboBox<PriorityOption> priority = new ComboBox<>();
    final Grid<WorkshopCard> grid = new Grid<>();

    public WorkshopCatalogueView(WorkshopCatalogueService catalogue) {
        this.catalogue = catalogue;
        setSizeFull();

        centre.setLabel(getTranslation("educator.filter.centre"));
        centre.setItems(catalogue.centres());
        centre.setItemLabelGenerator(c -> c.name() + " · " + c.municipalityName());
        centre.setPlaceholder(getTranslation("list.all"));
        from.setLabel(getTranslation("educator.filter.from"));
        to.setLabel(getTranslation("educator.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.setI18n(DatePickers.i18n(this));
        to.setI18n(DatePickers.i18n(this));
        language.setLabel(getTranslation("educator.filter.language"));
        language.setItems(EducatorLabels.WORKSHOP_LANGUAGES);
        language.setItemLabelGenerator(code -> EducatorLabels.workshopLanguage(this, code));
        language.setPlaceholder(getTranslation("list.all"));
        priority.setLabel(getTranslation("educator.filter.priority"));
        List<PriorityOption> priorities = catalogue.priorities();
        priority.setItems(priorities);
        priority.setItemLabelGenerator(p -> p.name(getLocale()));
        priority.setPlaceholder(getTranslation("list.all"));
        priority.setWidth("18rem");
        for (var field : List.of(centre, language, priority)) {
            field.setClearButtonVisible(true);
        }
        centre.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        priority.addValueChangeListener(e -> refresh());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);

        ViewToolbar toolbar = new ViewToolbar(centre, from, to, language, priority);
        toolbar.setTitle(getTranslation("educator.workshops.title"));

        grid.addColumn(w -> EducatorLabels.when(this, w.startsAt(), w.endsAt()))
                .setHeader(getTranslation("educator.field.when")).setKey("startsAt").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkshopCard::title).setHeader(getTranslation("educator.field.title")).setKey("title")
                .setWidth("18em").setFlexGrow(4).setTooltipGenerator(WorkshopCard::title);
        grid.addColumn(EducatorLabels::centre).setHeader(getTranslation("educator.field.centre")).setKey("centre")
                .setWidth("10em").setFlexGrow(2).setTooltipGenerator(EducatorLabels::centre);
        grid.addColumn(w -> EducatorLabels.place(this, w)).setHeader(getTranslation("educator.field.place"))
                .setKey("place").setWidth("10em").setFlexGrow(2).setTooltipGenerator(w -> EducatorLabels.place(this, w));
        grid.addColumn(w -> EducatorLabels.workshopLanguage(this, w.language()))
                .setHeader(getTranslation("educator.field.language")).setKey("language").setAutoWidth(true);
        grid.addColumn(w -> EducatorLabels.hours(this, w.hours())).setHeader(getTranslation("educator.field.hours"))
                .setKey("hours").setAutoWidth(true);
        grid.addColumn(w -> String.join(", ", w.priorities())).setHeader(getTranslation("educator.field.priorities"))
                .setKey("priorities").setWidth("10em").setFlexGrow(2)
                .setTooltipGenerator(w -> String.join(", ", w.priorities()));
        grid.addColumn(w -> EducatorLabels.seats(this, w)).setHeader(getTranslation("educator.field.seats"))
                .setKey("seats").setAutoWidth(true);
        grid.addColumn(w -> EducatorLabels.signupState(this, w)).setHeader(getTranslation("educator.field.signup"))
                .setKey("signup").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> catalogue.list(filter(), Queries.page(q), getLocale()).stream(),
                q -> catalogue.count(filter()));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(WorkshopDetailView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id()))));
        grid.setEmptyStateText(getTranslation("educator.workshops.empty"));
        grid.setSizeFull();

        add(toolbar, grid);
    }

    CatalogueFilter filter() {
        return new CatalogueFilter(centre.getValue() == null ? null : centre.getValue().id(), from.getValue(),
                to.getValue(), language.getValue(), priority.getValue() == null ? null : priority.getValue().id());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("educator.workshops.title") + " · " + getTranslation("app.name");
    }
}
