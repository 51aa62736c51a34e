package lv.kopiena.backup;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * What the start options did before the database was migrated (a restore, a backup), kept until
 * the application is ready and can write them into the audit trail: at that early point the
 * audit trail itself may not exist yet, or is about to be replaced by the restore.
 */
@Component
class StartBackupEvents {

    private final List<String> details = new CopyOnWriteArrayList<>();

    void add(String detail) {
        details.add(detail);
    }

    /** The events so far, emptied. */
    List<String> drain() {
        List<String> all = List.copyOf(details);
        details.clear();
        return all;
    }
}
