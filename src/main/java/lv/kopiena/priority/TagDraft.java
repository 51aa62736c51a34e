package lv.kopiena.priority;

import org.jspecify.annotations.Nullable;

/**
 * A priority or target group as the admin's form edits it. It remembers the version it was read
 * with, so that saving over someone else's change is refused instead of overwriting it.
 */
public final class TagDraft {

    private final TagKind kind;
    private final @Nullable Long id;
    private final int version;
    private @Nullable String code;
    private @Nullable String nameLv;
    private @Nullable String nameUk;
    private @Nullable String nameEn;
    private int sortOrder;
    private boolean active = true;

    TagDraft(TagKind kind, @Nullable Long id, int version) {
        this.kind = kind;
        this.id = id;
        this.version = version;
    }

    public TagKind getKind() {
        return kind;
    }

    public @Nullable Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public int getVersion() {
        return version;
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getNameLv() {
        return nameLv;
    }

    public void setNameLv(@Nullable String nameLv) {
        this.nameLv = nameLv;
    }

    public @Nullable String getNameUk() {
        return nameUk;
    }

    public void setNameUk(@Nullable String nameUk) {
        this.nameUk = nameUk;
    }

    public @Nullable String getNameEn() {
        return nameEn;
    }

    public void setNameEn(@Nullable String nameEn) {
        this.nameEn = nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
