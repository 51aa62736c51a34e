package lv.kopiena.centre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import lv.kopiena.base.ui.FormDialog;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.base.ui.Queries;
import lv.kopiena.base.ui.SearchFields;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.centre.Centre;
import lv.kopiena.centre.CentreService;
import lv.kopiena.jooq.tables.records.CentreRecord;
import lv.kopiena.municipality.MunicipalityService;
import lv.kopiena.security.Role;

/** The admin's list of centres: search, sort, add, edit, delete. */
@Route("centres")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 60, title = "centre.menu", icon = "vaadin:home")
public class CentreListView extends VerticalLayout implements HasDynamicTitle {

    private final CentreService centres;
    private final MunicipalityService municipalities;
    final TextField search = new TextField();
    final Grid<Centre> grid = new Grid<>();
    final Button add = new Button();

    public CentreListView(CentreService centres, MunicipalityService municipalities) {
        this.centres = centres;
        this.municipalities = municipalities;
        setSizeFull();

        SearchFields.configure(search, getTranslation("action.search"), getTranslation("action.search"), () -> grid.getDataProvider().refreshAll());

        add.setText(getTranslation("centre.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(centres.newCentre()));

        ViewToolbar toolbar = new ViewToolbar(search, add);
        toolbar.setTitle(getTranslation("centre.title"));

        grid.addColumn(Centre::name).setHeader(getTranslation("centre.field.name")).setKey("name").setSortable(true).setFlexGrow(2);
        grid.addColumn(Centre::municipalityName).setHeader(getTranslation("centre.field.municipality")).setKey("municipality").setSortable(true);
        grid.addColumn(Centre::address).setHeader(getTranslation("centre.field.address")).setKey("address").setSortable(true);
        grid.addColumn(Centre::contactName).setHeader(getTranslation("centre.field.contact-name")).setKey("contactName").setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> centres.list(search.getValue(), Queries.page(q)).stream(), q -> centres.count(search.getValue()));
        grid.addItemClickListener(e -> edit(centres.get(e.getItem().id())));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();

        add(toolbar, grid);
    }

    private void edit(CentreRecord record) {
        boolean isNew = record.getId() == null;
        CentreForm form = new CentreForm(municipalities.current());
        form.binder.readBean(record);
        FormDialog dialog = new FormDialog(
                getTranslation(isNew ? "centre.add" : "centre.edit"), form,
                () -> {
                    if (!form.binder.writeBeanIfValid(record)) {
                        return false;
                    }
                    centres.save(record);
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("notification.saved"));
                    return true;
                },
                isNew ? null : () -> {
                    centres.delete(record.getId());
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("notification.deleted"));
                    return true;
                });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("centre.title");
    }
}
