package lv.kopiena.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import lv.kopiena.base.ui.Queries;
import lv.kopiena.base.ui.SearchFields;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.centre.Centre;
import lv.kopiena.centre.CentreService;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.Role;
import lv.kopiena.workshop.WorkshopFilter;
import lv.kopiena.workshop.WorkshopRow;
import lv.kopiena.workshop.WorkshopService;
import lv.kopiena.workshop.WorkshopStatus;

/**
 * The coordinator's workshops (an admin's of all centres): seats taken and left and people waiting
 * at a glance, upcoming first; a click opens the workshop's sign-up list.
 */
@Route("workshops/manage")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
@Menu(order = 35, title = "workshop.manage.menu", icon = "vaadin:calendar-user")
public class WorkshopListView extends VerticalLayout implements HasDynamicTitle {

    private final WorkshopService workshops;
    final TextField search = new TextField();
    final Select<WorkshopFilter.When> when = new Select<>();
    final Select<WorkshopStatus> status = new Select<>();
    final ComboBox<Centre> centre = new ComboBox<>();
    final Grid<WorkshopRow> grid = new Grid<>();

    public WorkshopListView(WorkshopService workshops, CentreService centres, CurrentUser currentUser) {
        this.workshops = workshops;
        boolean admin = currentUser.hasRole(Role.ADMIN);
        setSizeFull();

        SearchFields.configure(search, getTranslation("action.search"), getTranslation("action.search"), this::refresh);

        when.setLabel(getTranslation("workshop.filter.when"));
        when.setItems(WorkshopFilter.When.values());
        when.setItemLabelGenerator(w -> getTranslation("workshop.filter.when." + w.name()));
        when.setValue(WorkshopFilter.When.UPCOMING);
        when.addValueChangeListener(e -> refresh());

        status.setLabel(getTranslation("workshop.field.status"));
        status.setItems(WorkshopStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("list.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("list.all") : WorkshopLabels.status(this, s));
        status.addValueChangeListener(e -> refresh());

        ViewToolbar toolbar = new ViewToolbar(search, when, status);
        toolbar.setTitle(getTranslation("workshop.manage.title"));
        if (admin) {
            centre.setLabel(getTranslation("workshop.field.centre"));
            centre.setPlaceholder(getTranslation("list.all"));
            centre.setItems(centres.all());
            centre.setItemLabelGenerator(Centre::name);
            centre.setClearButtonVisible(true);
            centre.addValueChangeListener(e -> refresh());
            toolbar.add(centre);
        }

        grid.addColumn(WorkshopRow::title).setHeader(getTranslation("workshop.field.title")).setKey("title")
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(r -> WorkshopLabels.dateTime(r.startsAt())).setHeader(getTranslation("workshop.field.start"))
                .setKey("start").setSortable(true).setFlexGrow(2);
        if (admin) {
            grid.addColumn(WorkshopRow::centreName).setHeader(getTranslation("workshop.field.centre")).setKey("centre")
                    .setFlexGrow(2);
        }
        grid.addColumn(WorkshopRow::capacity).setHeader(getTranslation("workshop.field.capacity")).setKey("capacity")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkshopRow::confirmed).setHeader(getTranslation("workshop.field.confirmed")).setKey("confirmed")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkshopRow::seatsLeft).setHeader(getTranslation("workshop.field.seats-left")).setKey("left")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkshopRow::waiting).setHeader(getTranslation("workshop.field.waiting")).setKey("waiting")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> WorkshopLabels.status(this, r.status())).setHeader(getTranslation("workshop.field.status"))
                .setKey("status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> workshops.list(filter(), Queries.page(q)).stream(), q -> workshops.count(filter()));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(WorkshopView.class,
                new RouteParameters("activityId", String.valueOf(e.getItem().activityId()))));
        grid.setEmptyStateText(getTranslation("workshop.manage.empty"));
        grid.setSizeFull();

        add(toolbar, grid);
    }

    WorkshopFilter filter() {
        Centre chosen = centre.getValue();
        return new WorkshopFilter(search.getValue(), when.getValue(), status.getValue(),
                chosen == null ? null : chosen.id());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.manage.title");
    }

}
