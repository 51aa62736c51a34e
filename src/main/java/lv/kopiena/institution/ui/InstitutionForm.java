package lv.kopiena.institution.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Objects;
import lv.kopiena.base.ui.RequiredSelect;
import lv.kopiena.base.ui.TextValidators;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.institution.InstitutionType;
import lv.kopiena.institution.SimilarInstitution;
import lv.kopiena.jooq.tables.records.InstitutionRecord;
import lv.kopiena.municipality.Municipality;
import lv.kopiena.municipality.ui.MunicipalityLabels;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an institution, bound to its record with validation. While a new name is typed
 * (or an existing one changed), institutions with a look-alike name are listed under it as a
 * warning: the user checks them and may still save.
 */
class InstitutionForm extends FormLayout {

    final TextField name = new TextField();
    final Select<InstitutionType> type = new Select<>();
    final ComboBox<Municipality> municipality = new ComboBox<>();
    final TextField contactName = new TextField();
    final EmailField contactEmail = new EmailField();
    final TextField contactPhone = new TextField();
    final TextArea notes = new TextArea();
    final Div duplicateWarning = new Div();
    final Binder<InstitutionRecord> binder = new Binder<>();

    private final InstitutionService institutions;
    private final @Nullable Long id;
    private final @Nullable String originalName;

    InstitutionForm(InstitutionService institutions, List<Municipality> municipalities, InstitutionRecord record) {
        this.institutions = institutions;
        this.id = record.getId();
        this.originalName = record.getName();

        name.setLabel(getTranslation("institution.field.name"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> showLookAlikes(e.getValue()));
        type.setLabel(getTranslation("institution.field.type"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : InstitutionLabels.type(this, t));
        municipality.setLabel(getTranslation("institution.field.municipality"));
        municipality.setHelperText(getTranslation("institution.field.municipality.helper"));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(m -> MunicipalityLabels.label(this, m));
        contactName.setLabel(getTranslation("institution.field.contact-name"));
        contactEmail.setLabel(getTranslation("institution.field.contact-email"));
        // the field checks the format itself before the binder does; it needs our message for that
        contactEmail.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        contactPhone.setLabel(getTranslation("institution.field.contact-phone"));
        notes.setLabel(getTranslation("institution.field.notes"));
        notes.setMaxLength(InstitutionService.MAX_NOTES);
        notes.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(
                getTranslation("validation.max-length", InstitutionService.MAX_NOTES)));

        duplicateWarning.addClassName("warning-text");
        duplicateWarning.getElement().setAttribute("role", "status");
        duplicateWarning.setVisible(false);

        add(name, duplicateWarning, type, municipality, contactName, contactEmail, contactPhone, notes);
        setColspan(name, 2);
        setColspan(duplicateWarning, 2);
        setColspan(notes, 2);

        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 200), 1, 200))
                .withValidator(TextValidators.singleLine(this))
                .bind(InstitutionRecord::getName, InstitutionRecord::setName);
        RequiredSelect.bind(this, binder, type)
                .bind(r -> r.getType() == null ? null : InstitutionType.valueOf(r.getType()),
                        (r, t) -> r.setType(t == null ? null : t.name()));
        binder.forField(municipality)
                .asRequired(getTranslation("validation.required"))
                .bind(r -> municipalities.stream().filter(m -> r.getMunicipalityId() != null
                                && m.id() == r.getMunicipalityId()).findFirst().orElse(null),
                        (r, m) -> r.setMunicipalityId(m == null ? null : m.id()));
        binder.forField(contactName)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 120), 0, 120))
                .withValidator(TextValidators.singleLine(this))
                .bind(InstitutionRecord::getContactName, InstitutionRecord::setContactName);
        binder.forField(contactEmail)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 254), 0, 254))
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .withValidator(TextValidators.singleLine(this))
                .bind(InstitutionRecord::getContactEmail, InstitutionRecord::setContactEmail);
        binder.forField(contactPhone)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 40), 0, 40))
                .withValidator(TextValidators.singleLine(this))
                .bind(InstitutionRecord::getContactPhone, InstitutionRecord::setContactPhone);
        binder.forField(notes)
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.max-length", InstitutionService.MAX_NOTES), 0, InstitutionService.MAX_NOTES))
                .withValidator(TextValidators.multiLine(this))
                .bind(InstitutionRecord::getNotes, InstitutionRecord::setNotes);
        binder.readBean(record);
    }

    /** Lists existing institutions that look like the typed name; an unchanged name is not checked. */
    private void showLookAlikes(String value) {
        duplicateWarning.removeAll();
        List<SimilarInstitution> similar = value.isBlank() || Objects.equals(value.trim(), originalName)
                ? List.of() : institutions.similar(value, id);
        duplicateWarning.setVisible(!similar.isEmpty());
        if (similar.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (SimilarInstitution s : similar) {
            list.add(new ListItem(getTranslation("institution.duplicate.item", s.institution().name(),
                    InstitutionLabels.type(this, s.institution().type()),
                    InstitutionLabels.municipality(this, s.institution()),
                    getTranslation(s.likeness().translationKey()))));
        }
        duplicateWarning.add(VaadinIcon.WARNING.create(), new Span(" " + getTranslation("institution.duplicate.title")),
                list, new Span(getTranslation("institution.duplicate.hint")));
    }
}
