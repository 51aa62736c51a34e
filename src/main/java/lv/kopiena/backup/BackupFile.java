package lv.kopiena.backup;

import java.time.LocalDateTime;

/**
 * One backup in the backup folder: its file name, when it was made (Riga time, from the name),
 * its size in bytes and the SHA-256 of the file as its {@code .sha256} side file states it (empty
 * when the side file is missing: such a backup is refused by a restore).
 */
public record BackupFile(String name, LocalDateTime madeAt, long size, String sha256) {
}
