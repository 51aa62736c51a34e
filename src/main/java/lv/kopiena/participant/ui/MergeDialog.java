package lv.kopiena.participant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.participant.MergeResult;
import lv.kopiena.participant.ParticipantRow;
import lv.kopiena.participant.ParticipantService;
import org.jspecify.annotations.Nullable;

/**
 * Two participant records side by side, to merge them into the one the user chooses to keep.
 * Says beforehand what will happen: the kept record gets the other's attendance and fills its
 * empty fields from it, and the other record is deleted.
 */
class MergeDialog extends Dialog {

    final RadioButtonGroup<ParticipantRow> keep = new RadioButtonGroup<>();
    final Button merge = new Button();
    final Button cancel = new Button();
    private final ParticipantService participants;
    private final Runnable onMerged;

    MergeDialog(ParticipantService participants, ParticipantRow first, ParticipantRow second, Runnable onMerged) {
        this.participants = participants;
        this.onMerged = onMerged;
        setHeaderTitle(getTranslation("participant.merge.title"));
        setWidth("min(56rem, 100vw)");
        setCloseOnOutsideClick(false);

        keep.setLabel(getTranslation("participant.merge.keep"));
        keep.setItems(first, second);
        keep.setItemLabelGenerator(r -> getTranslation("participant.merge.record", r.fullName(), String.valueOf(r.id())));
        keep.setValue(first.attendanceCount() >= second.attendanceCount() ? first : second);

        add(keep, comparison(first, second), new Paragraph(getTranslation("participant.merge.explain")));

        merge.setText(getTranslation("participant.merge.action"));
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(e -> merge(first, second));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, merge);
    }

    private void merge(ParticipantRow first, ParticipantRow second) {
        ParticipantRow kept = keep.getValue();
        ParticipantRow other = kept.id() == first.id() ? second : first;
        try {
            MergeResult result = participants.merge(kept.id(), other.id());
            Notifications.success(getTranslation("participant.merge.done", result.movedAttendance(), result.alreadyAttended()));
            close();
            onMerged.run();
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    /** A three-column table: what, the first record, the second. */
    private Component comparison(ParticipantRow a, ParticipantRow b) {
        Div table = new Div();
        table.getStyle().set("display", "grid").set("grid-template-columns", "auto 1fr 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("margin", "var(--lumo-space-m) 0");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        Function<@Nullable LocalDate, String> date = d -> d == null ? "" : dates.format(d);
        List<Field> fields = List.of(
                new Field("participant.field.first-name", ParticipantRow::firstName),
                new Field("participant.field.last-name", ParticipantRow::lastName),
                new Field("participant.field.category", r -> getTranslation("participant.category." + r.category().name())),
                new Field("participant.field.birth-year", r -> r.birthYear() == null ? "" : String.valueOf(r.birthYear())),
                new Field("participant.field.email", ParticipantRow::email),
                new Field("participant.field.phone", ParticipantRow::phone),
                new Field("participant.field.institution", ParticipantRow::institutionName),
                new Field("participant.field.language", r -> r.language() == null ? "" : getTranslation("participant.language." + r.language())),
                new Field("participant.column.flags", r -> ParticipantLabels.flags(this, r)),
                new Field("participant.column.consent", r -> getTranslation("participant.consent." + r.consent().name())),
                new Field("participant.field.consent-date", r -> date.apply(r.consentDate())),
                new Field("participant.field.guardian-name", ParticipantRow::guardianName),
                new Field("participant.field.guardian-consent-date", r -> date.apply(r.guardianConsentDate())),
                new Field("participant.column.attendance", r -> String.valueOf(r.attendanceCount())),
                new Field("participant.column.created", r -> dates.format(r.createdAt().toLocalDate())));
        table.add(new Span(), header(a), header(b));
        for (Field f : fields) {
            Span label = new Span(getTranslation(f.key()));
            label.getStyle().set("color", "var(--lumo-secondary-text-color)");
            table.add(label, new Span(text(f.value().apply(a))), new Span(text(f.value().apply(b))));
        }
        return table;
    }

    private Span header(ParticipantRow r) {
        Span header = new Span(getTranslation("participant.merge.record", r.fullName(), String.valueOf(r.id())));
        header.getStyle().set("font-weight", "600");
        return header;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private record Field(String key, Function<ParticipantRow, @Nullable String> value) {
    }
}
