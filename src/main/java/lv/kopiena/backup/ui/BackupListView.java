package lv.kopiena.backup.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import lv.kopiena.backup.BackupBusyException;
import lv.kopiena.backup.BackupException;
import lv.kopiena.backup.BackupFile;
import lv.kopiena.backup.BackupService;
import lv.kopiena.backup.BackupService.BackupStatus;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The admin's backups: where they go and how many are kept, the backups in the folder (time,
 * name, size, SHA-256 checksum, download), and "Back up now". The backup runs in the background
 * while the button shows that it is busy; the page polls until it is done and then says so.
 */
@Route("backups")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 77, title = "backup.menu", icon = "vaadin:archive")
public class BackupListView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(BackupListView.class);
    private static final int SHORT_CHECKSUM = 12;

    private final BackupService backups;
    final Grid<BackupFile> grid = new Grid<>();
    final Button backUpNow = new Button();
    final Paragraph intro = new Paragraph();
    /** The backup running in the background, for the tests to wait on. */
    @Nullable CompletableFuture<?> running;

    public BackupListView(BackupService backups) {
        this.backups = backups;
        setSizeFull();

        backUpNow.setText(getTranslation("backup.now"));
        backUpNow.setIcon(VaadinIcon.ARCHIVE.create());
        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUpNow.addClickListener(e -> backUpNow());
        ViewToolbar toolbar = new ViewToolbar(backUpNow);
        toolbar.setTitle(getTranslation("backup.title"));

        grid.addColumn(b -> time(b)).setHeader(getTranslation("backup.column.time")).setAutoWidth(true);
        grid.addColumn(BackupFile::name).setHeader(getTranslation("backup.column.file")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(b -> size(b.size())).setHeader(getTranslation("backup.column.size")).setAutoWidth(true);
        // the start shown, the whole value in the tooltip and selectable for copying
        grid.addColumn(LitRenderer.<BackupFile>of("<span title='${item.full}'>${item.short}</span>")
                        .withProperty("short", b -> b.sha256().isEmpty() ? getTranslation("backup.checksum.missing")
                                : b.sha256().substring(0, SHORT_CHECKSUM) + "…")
                        .withProperty("full", BackupFile::sha256))
                .setHeader(getTranslation("backup.column.sha256")).setAutoWidth(true);
        // at most kopiena.backup.keep rows: a component per row costs nothing here
        grid.addColumn(new ComponentRenderer<>(this::downloadLink)).setHeader(getTranslation("backup.column.download"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("backup.empty"));
        grid.setSizeFull();

        add(toolbar, intro, grid);
        reload();
    }

    /** Starts a backup in the background; the button stays busy until it is done. */
    void backUpNow() {
        UI ui = UI.getCurrent();
        backUpNow.setEnabled(false);
        backUpNow.setText(getTranslation("backup.now.busy"));
        ui.setPollInterval(1000);
        SecurityContext caller = SecurityContextHolder.getContext();
        running = CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(caller);
            try {
                return backups.backUpNow();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }).whenComplete((made, failure) -> ui.access(() -> done(made, failure)));
    }

    private void done(@Nullable BackupFile made, @Nullable Throwable failure) {
        UI.getCurrent().setPollInterval(-1);
        backUpNow.setText(getTranslation("backup.now"));
        if (failure == null && made != null) {
            Notifications.success(getTranslation("backup.now.done", made.name()));
        } else if (failure != null) {
            Throwable cause = failure.getCause() != null && failure instanceof java.util.concurrent.CompletionException
                    ? failure.getCause() : failure;
            if (cause instanceof BackupBusyException) {
                Notifications.error(getTranslation("backup.now.busy-elsewhere"), getTranslation("action.close"));
            } else if (cause instanceof BackupException) {
                log.error("Backup failed: {}", cause.getMessage());
                Notifications.error(getTranslation("backup.now.failed"), getTranslation("action.close"));
            } else {
                ErrorMessages.show(this, cause);
            }
        }
        reload();
    }

    private void reload() {
        try {
            BackupStatus status = backups.status();
            intro.setText(status.enabled() ? getTranslation("backup.intro", status.dir(), status.keep())
                    : getTranslation("backup.off"));
            backUpNow.setEnabled(status.enabled());
            List<BackupFile> files = backups.list();
            grid.setItems(files);
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    private Anchor downloadLink(BackupFile backup) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                return new DownloadResponse(backups.download(backup.name()), backup.name(), "application/gzip", backup.size());
            } catch (RuntimeException e) {
                event.getUI().access(() -> ErrorMessages.show(this, e));
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND, e);
            }
        }), getTranslation("backup.download"));
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", getTranslation("backup.download.of", backup.name()));
        return link;
    }

    private String time(BackupFile backup) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(TranslationProvider.supported(getLocale())).format(backup.madeAt());
    }

    private String size(long bytes) {
        return bytes < 1024 * 1024 ? getTranslation("backup.size.kb", Math.max(1, Math.round(bytes / 1024.0)))
                : getTranslation("backup.size.mb", bytes / (1024.0 * 1024.0));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title");
    }
}
