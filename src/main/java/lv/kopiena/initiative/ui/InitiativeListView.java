package lv.kopiena.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.kopiena.base.ui.Queries;
import lv.kopiena.base.ui.SearchFields;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.centre.Centre;
import lv.kopiena.centre.CentreService;
import lv.kopiena.initiative.InitiativeFilter;
import lv.kopiena.initiative.InitiativeRow;
import lv.kopiena.initiative.InitiativeService;
import lv.kopiena.initiative.InitiativeStatus;
import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The initiatives of the coordinator's centre (all centres for an admin): search by title, filter
 * by status and (admins) centre, sort; a row opens the initiative. The filters are kept in the
 * address (?q=&status=&centre=) so that a filtered list can be bookmarked.
 */
@Route("initiatives")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
@Menu(order = 20, title = "initiative.menu", icon = "vaadin:lightbulb")
public class InitiativeListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String ROUTE = "initiatives";

    private final InitiativeService initiatives;
    private final List<Centre> centreList;
    final TextField search = new TextField();
    final Select<InitiativeStatus> status = new Select<>();
    final ComboBox<Centre> centre = new ComboBox<>();
    final Grid<InitiativeRow> grid = new Grid<>();
    final Button add = new Button();
    private boolean restoring;

    public InitiativeListView(InitiativeService initiatives, CentreService centres) {
        this.initiatives = initiatives;
        boolean allCentres = initiatives.seesAllCentres();
        this.centreList = allCentres ? centres.all() : List.of();
        setSizeFull();

        SearchFields.configure(search, getTranslation("action.search"), getTranslation("action.search"), this::filterChanged);

        status.setLabel(getTranslation("initiative.field.status"));
        status.setItems(InitiativeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("list.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("list.all") : InitiativeFormats.status(this, s));
        status.addValueChangeListener(e -> filterChanged());

        centre.setLabel(getTranslation("initiative.field.centre"));
        centre.setPlaceholder(getTranslation("list.all"));
        centre.setClearButtonVisible(true);
        centre.setItems(centreList);
        centre.setItemLabelGenerator(Centre::name);
        centre.setVisible(allCentres);
        centre.addValueChangeListener(e -> filterChanged());

        add.setText(getTranslation("initiative.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open("new"));

        ViewToolbar toolbar = new ViewToolbar(search, status, centre, add);
        toolbar.setTitle(getTranslation("initiative.title"));

        grid.addColumn(InitiativeRow::title).setHeader(getTranslation("initiative.field.title")).setKey("title")
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(InitiativeRow::centreName).setHeader(getTranslation("initiative.field.centre")).setKey("centre")
                .setFlexGrow(2).setVisible(allCentres);
        grid.addColumn(r -> InitiativeFormats.period(this, r.period())).setHeader(getTranslation("initiative.field.period"))
                .setKey("start").setSortable(true).setFlexGrow(2);
        grid.addColumn(r -> InitiativeFormats.status(this, r.status())).setHeader(getTranslation("initiative.field.status"))
                .setKey("status").setSortable(true);
        grid.addColumn(InitiativeRow::leadName).setHeader(getTranslation("initiative.field.lead")).setKey("lead")
                .setFlexGrow(2);
        grid.addColumn(InitiativeRow::phaseCount).setHeader(getTranslation("initiative.phase.plural")).setKey("phases")
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("7rem");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> initiatives.list(filter(), Queries.page(q)).stream(), q -> initiatives.count(filter()));
        grid.addItemClickListener(e -> open(String.valueOf(e.getItem().id())));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();

        add(toolbar, grid);
    }

    /** Restores the filters of a bookmarked address. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            search.setValue(first(parameters, "q", ""));
            String statusName = first(parameters, "status", "");
            status.setValue(Arrays.stream(InitiativeStatus.values())
                    .filter(s -> s.name().equals(statusName)).findFirst().orElse(null));
            String centreId = first(parameters, "centre", "");
            centre.setValue(centreList.stream()
                    .filter(c -> String.valueOf(c.id()).equals(centreId)).findFirst().orElse(null));
        } finally {
            restoring = false;
        }
        grid.getDataProvider().refreshAll();
    }

    InitiativeFilter filter() {
        return new InitiativeFilter(search.getValue(), status.getValue(), centre.isVisible() && centre.getValue() != null
                ? centre.getValue().id() : null);
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            parameters.put("q", search.getValue().trim());
        }
        if (status.getValue() != null) {
            parameters.put("status", status.getValue().name());
        }
        if (centre.getValue() != null) {
            parameters.put("centre", String.valueOf(centre.getValue().id()));
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location(ROUTE, QueryParameters.simple(parameters))));
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(InitiativeView.class, new RouteParameters("id", id)));
    }

    private static String first(Map<String, List<String>> parameters, String name, String fallback) {
        @Nullable List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? fallback : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("initiative.title");
    }
}
