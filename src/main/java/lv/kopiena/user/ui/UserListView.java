package lv.kopiena.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.base.ui.FormDialog;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.base.ui.Queries;
import lv.kopiena.base.ui.SearchFields;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.centre.Centre;
import lv.kopiena.centre.CentreService;
import lv.kopiena.security.Role;
import lv.kopiena.user.UserAccount;
import lv.kopiena.user.UserAccountDetails;
import lv.kopiena.user.UserFilter;
import lv.kopiena.privacy.PrivacyService;
import lv.kopiena.privacy.ui.PersonalDataDialog;
import lv.kopiena.user.UserService;

/** The admin's list of user accounts: search, filter by role and centre, sort, add, edit, delete. */
@Route("users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 70, title = "user.menu", icon = "vaadin:users")
public class UserListView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final List<Centre> centres;
    final TextField search = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<Centre> centre = new ComboBox<>();
    final Grid<UserAccount> grid = new Grid<>();
    final Button add = new Button();
    /** Export or erase the selected account's personal data (erasure: educator accounts only). */
    final Button personalData = new Button();
    private final PrivacyService privacy;

    public UserListView(UserService users, CentreService centreService, PrivacyService privacy) {
        this.users = users;
        this.privacy = privacy;
        this.centres = centreService.all();
        setSizeFull();

        SearchFields.configure(search, getTranslation("action.search"), getTranslation("action.search"), () -> grid.getDataProvider().refreshAll());

        role.setLabel(getTranslation("user.field.role"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("list.all"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("list.all") : getTranslation("role." + r.name()));
        role.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        centre.setLabel(getTranslation("user.field.centre"));
        centre.setPlaceholder(getTranslation("list.all"));
        centre.setClearButtonVisible(true);
        centre.setItems(centres);
        centre.setItemLabelGenerator(Centre::name);
        centre.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add.setText(getTranslation("user.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(users.newAccount()));

        personalData.setText(getTranslation("privacy.open"));
        personalData.setEnabled(false);
        personalData.setTooltipText(getTranslation("privacy.open.hint"));
        personalData.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(u ->
                PersonalDataDialog.forAccount(privacy, u.id(), u.displayName(), u.role() == Role.EDUCATOR,
                        () -> grid.getDataProvider().refreshAll()).open()));

        ViewToolbar toolbar = new ViewToolbar(search, role, centre, personalData, add);
        toolbar.setTitle(getTranslation("user.title"));

        grid.addColumn(UserAccount::username).setHeader(getTranslation("user.field.username")).setKey("username").setSortable(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("user.field.display-name")).setKey("displayName")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("user.field.role"))
                .setKey("role").setSortable(true);
        grid.addColumn(UserAccount::centreName).setHeader(getTranslation("user.field.centre")).setFlexGrow(2);
        grid.addColumn(UserAccount::institutionName).setHeader(getTranslation("user.field.institution")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation(u.enabled() ? "user.state.enabled" : "user.state.disabled"))
                .setHeader(getTranslation("user.field.enabled"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> users.list(filter(), Queries.page(q)).stream(), q -> users.count(filter()));
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.addSelectionListener(e -> personalData.setEnabled(e.getFirstSelectedItem().isPresent()));
        grid.addItemClickListener(e -> edit(users.get(e.getItem().id())));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();

        add(toolbar, grid);
    }

    private UserFilter filter() {
        return new UserFilter(search.getValue(), role.getValue(), centre.getValue() == null ? null : centre.getValue().id());
    }

    private void edit(UserAccountDetails account) {
        boolean isNew = account.isNew();
        UserForm form = new UserForm(isNew, centres, users);
        form.read(account);
        FormDialog dialog = new FormDialog(
                getTranslation(isNew ? "user.add" : "user.edit"), form,
                () -> {
                    if (!form.binder.writeBeanIfValid(account)) {
                        return false;
                    }
                    try {
                        users.save(account);
                    } catch (ValidationException e) {
                        form.show(e);
                        throw e;
                    }
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("notification.saved"));
                    return true;
                },
                isNew ? null : () -> {
                    try {
                        users.delete(account.getId());
                    } catch (ReferencedException e) {
                        Notifications.error(getTranslation("user.error.referenced", describe(e)), getTranslation("action.close"));
                        return false;
                    }
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("notification.deleted"));
                    return true;
                });
        dialog.open();
    }

    private String describe(ReferencedException e) {
        return e.references().stream()
                .map(r -> getTranslation(r.translationKey()) + ": " + r.count())
                .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title");
    }
}
