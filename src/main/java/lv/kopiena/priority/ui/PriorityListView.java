package lv.kopiena.priority.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import lv.kopiena.priority.PriorityService;
import lv.kopiena.priority.Tag;
import lv.kopiena.priority.TagDraft;
import lv.kopiena.priority.TagFilter;
import lv.kopiena.priority.TagKind;
import lv.kopiena.security.Role;

/**
 * The admin's two lists, priorities and target groups: add, rename in each language, reorder,
 * deactivate, and delete entries nothing refers to. Each list is a lazy grid under one filter.
 */
@Route("priorities")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 80, title = "priority.menu", icon = "vaadin:tags")
public class PriorityListView extends VerticalLayout implements HasDynamicTitle {

    private final PriorityService service;
    final TextField search = new TextField();
    final Select<Boolean> state = new Select<>();
    final Grid<Tag> priorities = new Grid<>();
    final Grid<Tag> targetGroups = new Grid<>();
    final Button addPriority = new Button();
    final Button addTargetGroup = new Button();

    public PriorityListView(PriorityService service) {
        this.service = service;
        setSizeFull();

        SearchFields.configure(search, getTranslation("action.search"), getTranslation("action.search"), this::refresh);

        state.setLabel(getTranslation("priority.filter.state"));
        state.setItems(Boolean.TRUE, Boolean.FALSE);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("list.all"));
        state.setItemLabelGenerator(active -> active == null ? getTranslation("list.all")
                : getTranslation(active ? "priority.filter.active" : "priority.filter.inactive"));
        state.addValueChangeListener(e -> refresh());

        ViewToolbar toolbar = new ViewToolbar(search, state);
        toolbar.setTitle(getTranslation("priority.title"));

        addPriority.setText(getTranslation("priority.add"));
        addPriority.addClickListener(e -> edit(service.newTag(TagKind.PRIORITY)));
        addTargetGroup.setText(getTranslation("priority.target-group.add"));
        addTargetGroup.addClickListener(e -> edit(service.newTag(TagKind.TARGET_GROUP)));

        configure(priorities, TagKind.PRIORITY);
        configure(targetGroups, TagKind.TARGET_GROUP);

        add(toolbar,
                section(getTranslation("priority.priorities"), addPriority), priorities,
                section(getTranslation("priority.target-groups"), addTargetGroup), targetGroups);
        setFlexGrow(1, priorities, targetGroups);
    }

    private void configure(Grid<Tag> grid, TagKind kind) {
        grid.addColumn(Tag::sortOrder).setHeader(getTranslation("priority.field.sort-order")).setKey("sortOrder")
                .setSortable(true).setFlexGrow(0).setWidth("7rem");
        grid.addColumn(Tag::code).setHeader(getTranslation("priority.field.code")).setKey("code").setSortable(true);
        grid.addColumn(Tag::nameLv).setHeader(getTranslation("priority.field.name-lv")).setKey("nameLv").setSortable(true).setFlexGrow(2);
        grid.addColumn(Tag::nameUk).setHeader(getTranslation("priority.field.name-uk")).setKey("nameUk").setSortable(true).setFlexGrow(2);
        grid.addColumn(Tag::nameEn).setHeader(getTranslation("priority.field.name-en")).setKey("nameEn").setSortable(true).setFlexGrow(2);
        grid.addColumn(t -> stateLabel(t.active())).setHeader(getTranslation("priority.field.active")).setKey("active")
                .setSortable(true).setFlexGrow(0).setWidth("8rem");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> service.list(kind, filter(), Queries.page(q)).stream(), q -> service.count(kind, filter()));
        grid.addItemClickListener(e -> edit(service.edit(kind, e.getItem().id())));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setWidthFull();
        grid.setMinHeight("12rem");
    }

    private HorizontalLayout section(String title, Button add) {
        HorizontalLayout header = new HorizontalLayout(new H3(title), add);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        return header;
    }

    private TagFilter filter() {
        return new TagFilter(search.getValue(), state.getValue());
    }

    private void refresh() {
        priorities.getDataProvider().refreshAll();
        targetGroups.getDataProvider().refreshAll();
    }

    private String stateLabel(boolean active) {
        return getTranslation(active ? "priority.state.active" : "priority.state.inactive");
    }

    private void edit(TagDraft draft) {
        boolean isNew = draft.isNew();
        boolean priority = draft.getKind() == TagKind.PRIORITY;
        TagForm form = new TagForm(isNew);
        form.binder.readBean(draft);
        String title = priority
                ? getTranslation(isNew ? "priority.add" : "priority.edit")
                : getTranslation(isNew ? "priority.target-group.add" : "priority.target-group.edit");
        FormDialog dialog = new FormDialog(title, form,
                () -> {
                    if (!form.binder.writeBeanIfValid(draft)) {
                        return false;
                    }
                    service.save(draft);
                    refresh();
                    Notifications.success(getTranslation("notification.saved"));
                    return true;
                },
                isNew ? null : () -> {
                    service.delete(draft.getKind(), draft.getId());
                    refresh();
                    Notifications.success(getTranslation("notification.deleted"));
                    return true;
                });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("priority.title");
    }
}
