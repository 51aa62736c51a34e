package lv.kopiena.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.BiFunction;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.privacy.ExportFormat;
import lv.kopiena.privacy.PersonalDataFile;

/** Download links of a personal-data export: the file is made (and the export audited) when clicked. */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(Component owner, ExportFormat format, BiFunction<ExportFormat, Locale, PersonalDataFile> export) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                PersonalDataFile file = export.apply(format, locale);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mimeType(),
                        file.content().length);
            } catch (RuntimeException e) {
                event.getUI().access(() -> ErrorMessages.show(owner, e));
                return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR, e);
            }
        }), AttachmentType.DOWNLOAD, owner.getTranslation("privacy.download." + format.name().toLowerCase(Locale.ROOT)));
        anchor.addClassName("privacy-download");
        anchor.getElement().setAttribute("theme", "button");
        return anchor;
    }
}
