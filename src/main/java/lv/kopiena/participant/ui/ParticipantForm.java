package lv.kopiena.participant.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import lv.kopiena.base.ui.DatePickers;
import lv.kopiena.base.ui.TextValidators;
import lv.kopiena.centre.Centre;
import lv.kopiena.jooq.tables.records.ParticipantRecord;
import lv.kopiena.participant.ConsentRules;
import lv.kopiena.participant.InstitutionOption;
import lv.kopiena.participant.ParticipantCategory;
import lv.kopiena.participant.ParticipantLanguage;
import lv.kopiena.participant.ParticipantRow;
import lv.kopiena.participant.ParticipantService;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a participant, bound to the record with the same rules the service enforces. The
 * consent part follows the year of birth: under 16 it asks for a parent's or guardian's consent
 * and says why. A new participant who looks like an existing one is pointed out while typing.
 */
class ParticipantForm extends FormLayout {

    final Paragraph duplicateWarning = new Paragraph();
    final ComboBox<Centre> centre = new ComboBox<>();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final ComboBox<ParticipantCategory> category = new ComboBox<>();
    final IntegerField birthYear = new IntegerField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final ComboBox<InstitutionOption> institution = new ComboBox<>();
    final ComboBox<ParticipantLanguage> language = new ComboBox<>();
    final Checkbox refugee = new Checkbox();
    final Checkbox disability = new Checkbox();
    final Paragraph protectedNote = new Paragraph();
    final Paragraph consentExplanation = new Paragraph();
    final Checkbox consentGiven = new Checkbox();
    final DatePicker consentDate = new DatePicker();
    final Checkbox guardianConsent = new Checkbox();
    final TextField guardianName = new TextField();
    final DatePicker guardianConsentDate = new DatePicker();
    final TextArea notes = new TextArea();
    final Binder<ParticipantRecord> binder = new Binder<>();

    private final ParticipantService participants;
    private final LocalDate today;
    private final boolean isNew;

    /**
     * @param centres the centres an admin picks from, or null for a coordinator (whose own centre is used)
     */
    ParticipantForm(ParticipantService participants, @Nullable List<Centre> centres, boolean isNew) {
        this.participants = participants;
        this.today = participants.today();
        this.isNew = isNew;
        int year = today.getYear();

        duplicateWarning.addClassName("warning-text");
        duplicateWarning.setVisible(false);
        centre.setLabel(getTranslation("participant.field.centre"));
        centre.setItemLabelGenerator(Centre::name);
        centre.setVisible(centres != null);
        centre.setReadOnly(!isNew);
        if (centres != null) {
            centre.setItems(centres);
        }
        firstName.setLabel(getTranslation("participant.field.first-name"));
        lastName.setLabel(getTranslation("participant.field.last-name"));
        category.setLabel(getTranslation("participant.field.category"));
        category.setItems(ParticipantCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("participant.category." + c.name()));
        birthYear.setLabel(getTranslation("participant.field.birth-year"));
        birthYear.setHelperText(getTranslation("participant.field.birth-year.helper"));
        email.setLabel(getTranslation("participant.field.email"));
        // the field checks the format itself before the binder does; give it the message too
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        phone.setLabel(getTranslation("participant.field.phone"));
        institution.setLabel(getTranslation("participant.field.institution"));
        institution.setItemLabelGenerator(InstitutionOption::name);
        institution.setItems(q -> participants.findInstitutions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        institution.setClearButtonVisible(true);
        language.setLabel(getTranslation("participant.field.language"));
        language.setItems(ParticipantLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation("participant.language." + l.code()));
        language.setClearButtonVisible(true);
        refugee.setLabel(getTranslation("participant.field.refugee"));
        disability.setLabel(getTranslation("participant.field.disability"));
        protectedNote.setText(getTranslation("participant.field.protected.helper"));
        consentGiven.setLabel(getTranslation("participant.field.consent-given"));
        consentDate.setLabel(getTranslation("participant.field.consent-date"));
        consentDate.setI18n(DatePickers.i18n(this));
        guardianConsentDate.setI18n(DatePickers.i18n(this));
        guardianConsent.setLabel(getTranslation("participant.field.guardian-consent"));
        guardianName.setLabel(getTranslation("participant.field.guardian-name"));
        guardianConsentDate.setLabel(getTranslation("participant.field.guardian-consent-date"));
        notes.setLabel(getTranslation("participant.field.notes"));
        notes.setHelperText(getTranslation("participant.field.notes.helper"));

        add(duplicateWarning, centre, firstName, lastName, category, birthYear, email, phone, institution, language,
                refugee, disability, protectedNote, consentExplanation, consentGiven, consentDate, guardianConsent,
                guardianName, guardianConsentDate, notes);
        setColspan(duplicateWarning, 2);
        setColspan(protectedNote, 2);
        setColspan(consentExplanation, 2);
        setColspan(notes, 2);

        bind(centres, year);

        birthYear.addValueChangeListener(e -> updateConsentPart());
        category.addValueChangeListener(e -> updateConsentPart());
        guardianConsent.addValueChangeListener(e -> updateConsentPart());
        if (isNew) {
            List<HasValue<?, ?>> identifying = List.of(firstName, lastName, birthYear, email, centre);
            identifying.forEach(f -> f.addValueChangeListener(e -> warnAboutDuplicates()));
        }
    }

    /** Reads the record into the fields and shows the consent part that fits it. */
    void read(ParticipantRecord record) {
        binder.readBean(record);
        updateConsentPart();
    }

    private void bind(@Nullable List<Centre> centres, int year) {
        if (centres != null) {
            binder.forField(centre)
                    .asRequired(getTranslation("validation.required"))
                    .bind(r -> centres.stream().filter(c -> Objects.equals(c.id(), r.getCentreId())).findFirst().orElse(null),
                            (r, c) -> r.setCentreId(c == null ? null : c.id()));
        }
        binder.forField(firstName)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 80), 1, 80))
                .withValidator(TextValidators.singleLine(this))
                .bind(ParticipantRecord::getFirstName, ParticipantRecord::setFirstName);
        binder.forField(lastName)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 80), 1, 80))
                .withValidator(TextValidators.singleLine(this))
                .bind(ParticipantRecord::getLastName, ParticipantRecord::setLastName);
        binder.forField(category)
                .asRequired(getTranslation("validation.required"))
                .bind(r -> r.getCategory() == null ? null : ParticipantCategory.valueOf(r.getCategory()),
                        (r, c) -> r.setCategory(c == null ? null : c.name()));
        binder.forField(birthYear)
                .withValidator(y -> y == null || ConsentRules.validBirthYear(y, year),
                        getTranslation("participant.error.birth-year", ConsentRules.EARLIEST_BIRTH_YEAR, year))
                .withValidator(y -> y != null || category.getValue() != ParticipantCategory.CHILD,
                        getTranslation("participant.error.child-birth-year"))
                .bind(r -> r.getBirthYear() == null ? null : r.getBirthYear().intValue(),
                        (r, y) -> r.setBirthYear(y == null ? null : y.shortValue()));
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 254), 0, 254))
                .withValidator(TextValidators.singleLine(this))
                .bind(ParticipantRecord::getEmail, ParticipantRecord::setEmail);
        binder.forField(phone)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 40), 0, 40))
                .withValidator(TextValidators.singleLine(this))
                .bind(ParticipantRecord::getPhone, ParticipantRecord::setPhone);
        binder.forField(institution)
                .bind(r -> r.getInstitutionId() == null ? null : participants.institution(r.getInstitutionId()).orElse(null),
                        (r, i) -> r.setInstitutionId(i == null ? null : i.id()));
        binder.forField(language)
                .bind(r -> r.getLanguage() == null ? null : ParticipantLanguage.ofCode(r.getLanguage()).orElse(ParticipantLanguage.OTHER),
                        (r, l) -> r.setLanguage(l == null ? null : l.code()));
        binder.forField(refugee).bind(ParticipantRecord::getRefugee, ParticipantRecord::setRefugee);
        binder.forField(disability).bind(ParticipantRecord::getDisability, ParticipantRecord::setDisability);

        binder.forField(consentGiven)
                .withValidator(given -> given || needsGuardianConsent(),
                        getTranslation("participant.error.consent", ConsentRules.OWN_CONSENT_AGE))
                .bind(ParticipantRecord::getConsentGiven, ParticipantRecord::setConsentGiven);
        binder.forField(consentDate)
                .withValidator(d -> d != null || !consentGiven.getValue(), getTranslation("validation.required"))
                .withValidator(d -> d == null || !d.isAfter(today), getTranslation("participant.error.consent-date-future"))
                .bind(ParticipantRecord::getConsentDate, ParticipantRecord::setConsentDate);
        binder.forField(guardianConsent)
                .withValidator(given -> given || !needsGuardianConsent(),
                        getTranslation("participant.error.guardian-consent", ConsentRules.OWN_CONSENT_AGE))
                .bind(ParticipantRecord::getGuardianConsent, ParticipantRecord::setGuardianConsent);
        binder.forField(guardianName)
                .withValidator(n -> !guardianRequired() || !n.isBlank(), getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 160), 0, 160))
                .withValidator(TextValidators.singleLine(this))
                .bind(ParticipantRecord::getGuardianName, ParticipantRecord::setGuardianName);
        binder.forField(guardianConsentDate)
                .withValidator(d -> d != null || !guardianRequired(), getTranslation("validation.required"))
                .withValidator(d -> d == null || !d.isAfter(today), getTranslation("participant.error.consent-date-future"))
                .bind(ParticipantRecord::getGuardianConsentDate, ParticipantRecord::setGuardianConsentDate);
        binder.forField(notes)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 2000), 0, 2000))
                .withValidator(TextValidators.multiLine(this))
                .bind(ParticipantRecord::getNotes, ParticipantRecord::setNotes);
    }

    /** Under 16 by the year of birth typed in (an invalid year counts as unknown). */
    private boolean needsGuardianConsent() {
        Integer year = validBirthYear();
        return ConsentRules.needsGuardianConsent(year, today.getYear());
    }

    private boolean guardianRequired() {
        return needsGuardianConsent() || guardianConsent.getValue();
    }

    private @Nullable Integer validBirthYear() {
        Integer year = birthYear.getValue();
        return year != null && ConsentRules.validBirthYear(year, today.getYear()) ? year : null;
    }

    /**
     * Shows the consent a person of this age needs, and says why: the guardian's fields for
     * someone under 16 (or a child whose year of birth is still missing), their own otherwise.
     */
    private void updateConsentPart() {
        Integer year = validBirthYear();
        boolean underAge = ConsentRules.needsGuardianConsent(year, today.getYear());
        boolean childWithoutYear = year == null && category.getValue() == ParticipantCategory.CHILD;
        if (underAge) {
            consentExplanation.setText(getTranslation("participant.consent.explain-guardian", String.valueOf(year),
                    today.getYear() - year, ConsentRules.OWN_CONSENT_AGE));
        } else if (childWithoutYear) {
            consentExplanation.setText(getTranslation("participant.consent.explain-child", ConsentRules.OWN_CONSENT_AGE));
        } else {
            consentExplanation.setText(getTranslation("participant.consent.explain-own", ConsentRules.OWN_CONSENT_AGE));
        }
        boolean guardianPart = underAge || childWithoutYear || guardianConsent.getValue();
        guardianConsent.setVisible(guardianPart);
        guardianName.setVisible(guardianPart);
        guardianConsentDate.setVisible(guardianPart);
        consentGiven.setVisible(!underAge);
        consentDate.setVisible(!underAge);
    }

    private void warnAboutDuplicates() {
        if (!isNew) {
            return;
        }
        Long centreId = centre.getValue() == null ? null : centre.getValue().id();
        List<ParticipantRow> similar = participants.findSimilar(centreId, firstName.getValue(), lastName.getValue(),
                validBirthYear(), email.isInvalid() ? null : email.getValue(), null);
        duplicateWarning.setVisible(!similar.isEmpty());
        duplicateWarning.setText(similar.isEmpty() ? "" : getTranslation("participant.duplicate.warning",
                similar.stream().map(this::describe).collect(Collectors.joining("; "))));
    }

    private String describe(ParticipantRow row) {
        StringBuilder text = new StringBuilder(row.fullName());
        if (row.birthYear() != null) {
            text.append(", ").append(row.birthYear());
        }
        if (row.email() != null) {
            text.append(", ").append(row.email());
        }
        return text.toString();
    }
}
