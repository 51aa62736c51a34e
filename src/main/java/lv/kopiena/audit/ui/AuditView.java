package lv.kopiena.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditEntry;
import lv.kopiena.audit.AuditFilter;
import lv.kopiena.audit.AuditService;
import lv.kopiena.audit.ChainCheck;
import lv.kopiena.audit.FieldChange;
import lv.kopiena.base.ui.DatePickers;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.base.ui.SearchFields;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail: who did what, when, from which address, to which record, with the changed
 * fields' old and new values (personal fields say only that they changed). Filters by person,
 * record, kind and dates; {@code ?type=institution&id=12} opens it on one record. Read-only: there
 * is nothing here to edit or delete an entry with. Admins can check the hash chain.
 */
@Route("audit")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
@Menu(order = 75, title = "audit.menu", icon = "vaadin:clipboard-text")
public class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The kinds of records with a translated name. */
    static final java.util.Set<String> TYPES = java.util.Set.of("institution", "participant", "activity", "initiative",
            "initiative_phase", "centre", "user_account", "workshop", "workshop_signup", "priority", "target_group",
            "login_session", "certificate", "retention_rule", "backup");

    private static final java.util.regex.Pattern SIGNUP_ATTENDED = java.util.regex.Pattern.compile("signup\\.(\\d+)\\.attended");

    private final AuditService audit;
    private final TranslationProvider translations;
    final TextField actor = new TextField();
    final ComboBox<String> recordType = new ComboBox<>();
    final IntegerField recordId = new IntegerField();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Span count = new Span();
    final Button check = new Button();
    final Grid<AuditEntry> grid = new Grid<>();

    public AuditView(AuditService audit, CurrentUser currentUser, TranslationProvider translations) {
        this.audit = audit;
        this.translations = translations;
        setSizeFull();

        SearchFields.configure(actor, getTranslation("audit.filter.actor.placeholder"),
                getTranslation("audit.filter.actor"), this::refresh);
        actor.setLabel(getTranslation("audit.filter.actor"));
        recordType.setLabel(getTranslation("audit.filter.record-type"));
        recordType.setPlaceholder(getTranslation("list.all"));
        recordType.setItems(audit.recordTypes());
        recordType.setItemLabelGenerator(this::typeLabel);
        recordType.setClearButtonVisible(true);
        recordId.setLabel(getTranslation("audit.filter.record-id"));
        recordId.setMin(1);
        recordId.setClearButtonVisible(true);
        recordId.setWidth("8rem");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setPlaceholder(getTranslation("list.all"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        DatePickers.range(this, from, to);
        recordType.addValueChangeListener(e -> refresh());
        recordId.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        check.setText(getTranslation("audit.check"));
        check.setIcon(VaadinIcon.SHIELD.create());
        check.addClickListener(e -> checkChain());
        check.setVisible(currentUser.hasRole(Role.ADMIN));
        ViewToolbar toolbar = new ViewToolbar(count, check);
        toolbar.setTitle(getTranslation("audit.title"));

        FlexLayout filters = new FlexLayout(actor, recordType, recordId, action, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.END);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setWidthFull();

        grid.addColumn(e -> time(e.occurredAt())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::who).setHeader(getTranslation("audit.column.actor")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::record).setHeader(getTranslation("audit.column.record")).setFlexGrow(1);
        grid.addColumn(LitRenderer.<AuditEntry>of("<span style='white-space:normal'>${item.changes}</span>")
                        .withProperty("changes", this::changesSummary))
                .setHeader(getTranslation("audit.column.changes")).setFlexGrow(4);
        grid.addColumn(e -> e.address() == null ? "" : e.address()).setHeader(getTranslation("audit.column.address"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(q -> audit.list(filter(), q.getOffset(), q.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();

        Div intro = new Div(getTranslation("audit.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(toolbar, intro, filters, grid);
        showCount();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("type").filter(t -> t.matches("[a-z_]{1,32}")).ifPresent(t -> {
            if (!recordTypeItems().contains(t)) {
                recordType.setItems(concat(recordTypeItems(), t));
            }
            recordType.setValue(t);
        });
        parameters.getSingleParameter("id").filter(i -> i.matches("\\d{1,9}")).map(Integer::valueOf)
                .ifPresent(recordId::setValue);
    }

    AuditFilter filter() {
        return new AuditFilter(actor.getValue(), recordType.getValue(),
                recordId.getValue() == null ? null : recordId.getValue().longValue(), action.getValue(),
                from.getValue(), to.getValue());
    }

    void checkChain() {
        try {
            ChainCheck result = audit.checkChain();
            if (result.intact()) {
                Notifications.success(getTranslation("audit.check.intact", result.checked(),
                        result.since() == null ? "—" : time(result.since())));
            } else {
                Notifications.error(getTranslation("audit.check.broken", result.brokenAt()), getTranslation("action.close"));
            }
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("audit.count", audit.count(filter())));
    }

    private String who(AuditEntry e) {
        if (e.actorId() == null) {
            return getTranslation("audit.actor.system");
        }
        String name = e.actorName() == null ? getTranslation("audit.actor.deleted", e.actorId()) : e.actorName();
        return e.actorRole() == null ? name : name + " · " + getTranslation("role." + e.actorRole());
    }

    private String record(AuditEntry e) {
        if (e.recordType() == null) {
            return e.detail() == null ? "" : e.detail();
        }
        String record = typeLabel(e.recordType()) + (e.recordId() == null ? "" : " #" + e.recordId());
        return e.detail() == null ? record : record + " · " + e.detail();
    }

    String changesSummary(AuditEntry e) {
        return e.changes().stream().map(this::change).collect(Collectors.joining("; "));
    }

    private String change(FieldChange c) {
        if (c.hidden()) {
            return getTranslation("audit.change.hidden", field(c.field()));
        }
        return getTranslation("audit.change", field(c.field()), value(c.oldValue()), value(c.newValue()));
    }

    /** A field's name in the reader's language; a column a later feature adds shows as it is named. */
    String field(String name) {
        if (name.startsWith("head_count.") && translations.has("activity.category." + name.substring(11))) {
            return getTranslation("audit.field.head_count", getTranslation("activity.category." + name.substring(11)));
        }
        var attended = SIGNUP_ATTENDED.matcher(name);
        if (attended.matches()) {
            return getTranslation("audit.field.signup_attended", attended.group(1));
        }
        return translations.has("audit.field." + name) ? getTranslation("audit.field." + name) : name;
    }

    private String value(@Nullable String value) {
        return value == null ? "—" : value;
    }

    private String typeLabel(String type) {
        // tables a later feature adds show by their name until they get a label here
        return TYPES.contains(type) ? getTranslation("audit.type." + type) : type;
    }

    private List<String> recordTypeItems() {
        return recordType.getListDataView().getItems().toList();
    }

    private static List<String> concat(List<String> items, String more) {
        return java.util.stream.Stream.concat(items.stream(), java.util.stream.Stream.of(more)).toList();
    }

    private String time(LocalDateTime time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(TranslationProvider.supported(getLocale())).format(time);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
