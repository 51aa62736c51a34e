package lv.kopiena.activity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import lv.kopiena.base.ui.DatePickers;
import lv.kopiena.activity.ActivityFilter;
import lv.kopiena.activity.ActivityLinks;
import lv.kopiena.activity.ActivityRow;
import lv.kopiena.activity.ActivityService;
import lv.kopiena.activity.ActivityType;
import lv.kopiena.activity.InitiativeOption;
import lv.kopiena.base.ui.Queries;
import lv.kopiena.base.ui.SearchFields;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.centre.Centre;
import lv.kopiena.centre.CentreService;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.Role;

/**
 * The activities of the coordinator's centre (an admin's: of all centres, or one), newest first,
 * paged from the database as the user scrolls. Filters by text, type, initiative and period; a
 * new activity opens its attendance page right after saving, so marking who came is the next step.
 */
@Route("activities")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
@Menu(order = 30, title = "activity.menu", icon = "vaadin:calendar")
public class ActivityListView extends VerticalLayout implements HasDynamicTitle {

    private final ActivityService activities;
    private final List<Centre> centres;
    final TextField search = new TextField();
    final ComboBox<ActivityType> type = new ComboBox<>();
    final ComboBox<InitiativeOption> initiative = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<Centre> centre = new ComboBox<>();
    final Button add = new Button();
    final Grid<ActivityRow> grid = new Grid<>();

    public ActivityListView(ActivityService activities, CentreService centreService, CurrentUser currentUser) {
        this.activities = activities;
        boolean admin = currentUser.hasRole(Role.ADMIN);
        this.centres = admin ? centreService.all() : List.of();
        setSizeFull();

        search.setLabel(getTranslation("action.search"));
        search.setMinWidth("16rem");
        type.setLabel(getTranslation("activity.field.type"));
        type.setPlaceholder(getTranslation("list.all"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> ActivityLabels.type(this, t));
        type.setClearButtonVisible(true);
        initiative.setLabel(getTranslation("activity.field.initiative"));
        initiative.setPlaceholder(getTranslation("list.all"));
        initiative.setItems(activities.initiatives(null));
        initiative.setItemLabelGenerator(InitiativeOption::title);
        initiative.setClearButtonVisible(true);
        from.setLabel(getTranslation("activity.filter.from"));
        to.setLabel(getTranslation("activity.filter.to"));
        DatePickers.range(this, from, to);
        centre.setLabel(getTranslation("activity.field.centre"));
        centre.setPlaceholder(getTranslation("list.all"));
        centre.setItems(centres);
        centre.setItemLabelGenerator(Centre::name);
        centre.setClearButtonVisible(true);
        centre.setVisible(admin);
        centre.addValueChangeListener(e -> {
            initiative.clear();
            initiative.setItems(activities.initiatives(e.getValue() == null ? null : e.getValue().id()));
        });
        SearchFields.configure(search, getTranslation("activity.filter.search"), getTranslation("action.search"), this::refresh);
        type.addValueChangeListener(e -> refresh());
        initiative.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        centre.addValueChangeListener(e -> refresh());

        add.setText(getTranslation("activity.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> ActivityEditor.open(this, activities, centres, activities.newActivity(),
                ActivityLinks.none(), this::open));

        ViewToolbar toolbar = new ViewToolbar(add);
        toolbar.setTitle(getTranslation("activity.title"));
        // the filters get a row of their own that wraps on a tablet
        FlexLayout filters = new FlexLayout(search, type, initiative, from, to, centre);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.END);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setWidthFull();

        var start = grid.addColumn(r -> ActivityLabels.dateTimeShort(r.startsAt()))
                .setHeader(getTranslation("activity.field.start")).setKey("start").setSortProperty("start")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ActivityRow::title).setHeader(getTranslation("activity.field.title")).setKey("title")
                .setSortProperty("title").setSortable(true).setFlexGrow(3);
        grid.addColumn(r -> ActivityLabels.type(this, r.type())).setHeader(getTranslation("activity.field.type"))
                .setKey("type").setSortProperty("type").setSortable(true).setFlexGrow(1);
        grid.addColumn(ActivityRow::place).setHeader(getTranslation("activity.field.place")).setKey("place").setFlexGrow(2);
        grid.addColumn(ActivityRow::initiativeTitle).setHeader(getTranslation("activity.field.initiative"))
                .setKey("initiative").setFlexGrow(2);
        grid.addColumn(ActivityRow::centreName).setHeader(getTranslation("activity.field.centre")).setKey("centre")
                .setFlexGrow(2).setVisible(admin);
        grid.addColumn(ActivityRow::total).setHeader(getTranslation("activity.field.attendance")).setKey("attendance")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> activities.list(filter(), Queries.page(q)).stream(), q -> activities.count(filter()));
        grid.sort(List.of(new GridSortOrder<>(start, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();

        add(toolbar, filters, grid);
    }

    ActivityFilter filter() {
        return new ActivityFilter(search.getValue(), type.getValue(),
                initiative.getValue() == null ? null : initiative.getValue().id(),
                from.getValue(), to.getValue(),
                centre.getValue() == null ? null : centre.getValue().id());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(long id) {
        UI.getCurrent().navigate(ActivityDetailView.class, new RouteParameters("id", String.valueOf(id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.title");
    }
}
