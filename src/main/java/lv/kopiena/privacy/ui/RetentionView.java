package lv.kopiena.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.centre.Centre;
import lv.kopiena.centre.CentreService;
import lv.kopiena.privacy.RetentionCandidate;
import lv.kopiena.privacy.RetentionOutcome;
import lv.kopiena.privacy.RetentionRule;
import lv.kopiena.privacy.RetentionService;
import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A centre's retention rule (a coordinator's own centre; an admin picks one): on or off, the years
 * without activity after which a participant is erased, and whether the contact data of people
 * registered as minors is removed at 18. Below it the dry run: who the saved rule would act on
 * now and why, by name (they are the centre's own participants); "Apply now" runs it at once,
 * after a confirmation, besides the nightly run.
 */
@Route("retention")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
@Menu(order = 45, title = "privacy.retention.menu", icon = "vaadin:eraser")
public class RetentionView extends VerticalLayout implements HasDynamicTitle {

    private final RetentionService retention;
    final ComboBox<Centre> centre = new ComboBox<>();
    final Checkbox enabled = new Checkbox();
    final IntegerField years = new IntegerField();
    final Checkbox minors = new Checkbox();
    final Button save = new Button();
    final Paragraph summary = new Paragraph();
    final Grid<RetentionCandidate> grid = new Grid<>();
    final Button apply = new Button();
    private @Nullable RetentionRule rule;

    public RetentionView(RetentionService retention, CentreService centres) {
        this.retention = retention;
        setSizeFull();
        List<Centre> all = centres.all();
        Long own = centres.ownCentreId().orElse(null);
        centre.setLabel(getTranslation("privacy.retention.centre"));
        centre.setItems(all);
        centre.setItemLabelGenerator(Centre::name);
        centre.setWidth("24rem");
        centre.setVisible(own == null);
        centre.addValueChangeListener(e -> load());

        enabled.setLabel(getTranslation("privacy.retention.enabled"));
        years.setLabel(getTranslation("privacy.retention.years"));
        years.setHelperText(getTranslation("privacy.retention.years.helper", RetentionRule.MIN_YEARS,
                RetentionRule.MAX_YEARS));
        years.setMin(RetentionRule.MIN_YEARS);
        years.setMax(RetentionRule.MAX_YEARS);
        years.setStepButtonsVisible(true);
        years.setRequiredIndicatorVisible(true);
        years.setErrorMessage(getTranslation("privacy.retention.error.years", RetentionRule.MIN_YEARS,
                RetentionRule.MAX_YEARS));
        minors.setLabel(getTranslation("privacy.retention.minors"));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        HorizontalLayout form = new HorizontalLayout(enabled, years, minors, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(RetentionCandidate::lastName).setHeader(getTranslation("privacy.field.last-name")).setKey("lastName");
        grid.addColumn(RetentionCandidate::firstName).setHeader(getTranslation("privacy.field.first-name")).setKey("firstName");
        grid.addColumn(RetentionCandidate::birthYear).setHeader(getTranslation("privacy.field.birth-year"))
                .setKey("birthYear").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("participant.category." + c.category()))
                .setHeader(getTranslation("privacy.field.category")).setKey("category");
        grid.addColumn(c -> dates.format(c.lastSeen())).setHeader(getTranslation("privacy.retention.last-seen"))
                .setKey("lastSeen").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("privacy.retention.reason." + c.reason().name()))
                .setHeader(getTranslation("privacy.retention.reason")).setKey("reason").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("privacy.retention.nobody"));
        grid.setSizeFull();

        apply.setText(getTranslation("privacy.retention.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_ERROR);
        apply.addClickListener(e -> confirmApply());

        add(new H2(getTranslation("privacy.retention.title")), new Paragraph(getTranslation("privacy.retention.intro")),
                centre, form, new H3(getTranslation("privacy.retention.dry-run")), summary, apply, grid);
        if (own != null) {
            all.stream().filter(c -> c.id() == own).findFirst().ifPresent(centre::setValue);
        }
        load();
    }

    private void load() {
        Centre chosen = centre.getValue();
        boolean ready = chosen != null;
        enabled.setEnabled(ready);
        years.setEnabled(ready);
        minors.setEnabled(ready);
        save.setEnabled(ready);
        if (!ready) {
            rule = null;
            grid.setItems(List.of());
            summary.setText(getTranslation("privacy.retention.choose-centre"));
            apply.setEnabled(false);
            return;
        }
        rule = retention.rule(chosen.id());
        enabled.setValue(rule.enabled());
        years.setValue(rule.inactiveYears());
        years.setInvalid(false);
        minors.setValue(rule.minorsContactAt18());
        long centreId = chosen.id();
        grid.setItems(q -> retention.dryRun(centreId, q.getOffset(), q.getLimit()).stream(),
                q -> retention.dryRunCount(centreId));
        int count = retention.dryRunCount(centreId);
        summary.setText(getTranslation("privacy.retention.summary", count));
        apply.setEnabled(count > 0);
    }

    void save() {
        RetentionRule current = rule;
        if (current == null) {
            return;
        }
        Integer value = years.getValue();
        if (value == null || value < RetentionRule.MIN_YEARS || value > RetentionRule.MAX_YEARS) {
            years.setInvalid(true);
            years.focus();
            return;
        }
        try {
            retention.save(current.with(enabled.getValue(), value, minors.getValue()));
            Notifications.success(getTranslation("notification.saved"));
            load();
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void confirmApply() {
        Centre chosen = centre.getValue();
        if (chosen == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("privacy.retention.apply.confirm.title"));
        confirm.setText(getTranslation("privacy.retention.apply.confirm.text", retention.dryRunCount(chosen.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("privacy.retention.apply"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> applyNow(chosen.id()));
        confirm.open();
    }

    void applyNow(long centreId) {
        try {
            RetentionOutcome outcome = retention.applyNow(centreId);
            Notifications.success(getTranslation("privacy.retention.done", outcome.erased(), outcome.contactsRemoved()));
            load();
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.retention.title");
    }
}
