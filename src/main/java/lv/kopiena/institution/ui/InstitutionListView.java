package lv.kopiena.institution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.kopiena.base.ui.FormDialog;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.base.ui.Queries;
import lv.kopiena.base.ui.SearchFields;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.institution.Institution;
import lv.kopiena.institution.InstitutionFilter;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.institution.InstitutionType;
import lv.kopiena.jooq.tables.records.InstitutionRecord;
import lv.kopiena.municipality.Municipality;
import lv.kopiena.municipality.MunicipalityService;
import lv.kopiena.municipality.ui.MunicipalityLabels;
import lv.kopiena.security.Role;

/**
 * The shared list of partner institutions: search by name, filter by type and municipality,
 * sort, add and edit (admins and coordinators), delete (admins). The filters are kept in the
 * address (?q=...&type=SCHOOL&municipality=6), so a bookmarked or shared link shows the same list.
 */
@Route("institutions")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
@Menu(order = 50, title = "institution.menu", icon = "vaadin:institution")
public class InstitutionListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String SEARCH_PARAMETER = "q";
    private static final String TYPE_PARAMETER = "type";
    private static final String MUNICIPALITY_PARAMETER = "municipality";

    private final InstitutionService institutions;
    private final List<Municipality> municipalityList;
    final TextField search = new TextField();
    final Select<InstitutionType> type = new Select<>();
    final ComboBox<Municipality> municipality = new ComboBox<>();
    final Grid<Institution> grid = new Grid<>();
    final Button add = new Button();
    /** While the filters are set from the address, their changes must not write it back. */
    private boolean restoring;

    public InstitutionListView(InstitutionService institutions, MunicipalityService municipalities) {
        this.institutions = institutions;
        this.municipalityList = municipalities.all();
        setSizeFull();

        SearchFields.configure(search, getTranslation("action.search"), getTranslation("institution.filter.search"), this::filterChanged);

        type.setLabel(getTranslation("institution.field.type"));
        type.setItems(InstitutionType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("list.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("list.all") : InstitutionLabels.type(this, t));
        type.addValueChangeListener(e -> filterChanged());

        municipality.setLabel(getTranslation("institution.field.municipality"));
        municipality.setPlaceholder(getTranslation("list.all"));
        municipality.setItems(municipalityList);
        municipality.setItemLabelGenerator(m -> MunicipalityLabels.label(this, m));
        municipality.setClearButtonVisible(true);
        municipality.addValueChangeListener(e -> filterChanged());

        add.setText(getTranslation("institution.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(institutions.newInstitution()));

        ViewToolbar toolbar = new ViewToolbar(search, type, municipality, add);
        toolbar.setTitle(getTranslation("institution.title"));

        grid.addColumn(Institution::name).setHeader(getTranslation("institution.field.name"))
                .setKey("name").setSortable(true).setFlexGrow(3);
        grid.addColumn(i -> InstitutionLabels.type(this, i.type())).setHeader(getTranslation("institution.field.type"))
                .setKey("type").setSortable(true).setFlexGrow(1);
        grid.addColumn(i -> MunicipalityLabels.label(this, i.municipalityName(), i.municipalitySuccessorName()))
                .setHeader(getTranslation("institution.field.municipality"))
                .setKey("municipality").setSortable(true).setFlexGrow(2);
        grid.addColumn(Institution::contactName).setHeader(getTranslation("institution.field.contact-name"))
                .setKey("contactName").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> institutions.list(filter(), Queries.page(q)).stream(), q -> institutions.count(filter()));
        grid.addItemClickListener(e -> edit(institutions.get(e.getItem().id())));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();

        add(toolbar, grid);
    }

    InstitutionFilter filter() {
        return new InstitutionFilter(search.getValue(), type.getValue(),
                municipality.getValue() == null ? null : municipality.getValue().id());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            search.setValue(parameters.getSingleParameter(SEARCH_PARAMETER).orElse(""));
            type.setValue(parameters.getSingleParameter(TYPE_PARAMETER).flatMap(InstitutionListView::typeOf).orElse(null));
            municipality.setValue(parameters.getSingleParameter(MUNICIPALITY_PARAMETER)
                    .flatMap(id -> municipalityList.stream().filter(m -> String.valueOf(m.id()).equals(id)).findFirst())
                    .orElse(null));
        } finally {
            restoring = false;
        }
        grid.getDataProvider().refreshAll();
    }

    private static Optional<InstitutionType> typeOf(String name) {
        try {
            return Optional.of(InstitutionType.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            parameters.put(SEARCH_PARAMETER, search.getValue().trim());
        }
        if (type.getValue() != null) {
            parameters.put(TYPE_PARAMETER, type.getValue().name());
        }
        if (municipality.getValue() != null) {
            parameters.put(MUNICIPALITY_PARAMETER, String.valueOf(municipality.getValue().id()));
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("institutions", QueryParameters.simple(parameters))));
    }

    private void edit(InstitutionRecord record) {
        boolean isNew = record.getId() == null;
        InstitutionForm form = new InstitutionForm(institutions, municipalityList, record);
        FormDialog dialog = new FormDialog(
                getTranslation(isNew ? "institution.add" : "institution.edit"), form,
                () -> {
                    if (!form.binder.writeBeanIfValid(record)) {
                        return false;
                    }
                    institutions.save(record);
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("notification.saved"));
                    return true;
                },
                isNew || !institutions.canDelete() ? null : () -> {
                    institutions.delete(record.getId());
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("notification.deleted"));
                    return true;
                });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("institution.title");
    }
}
