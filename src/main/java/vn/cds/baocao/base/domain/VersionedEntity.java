package vn.cds.baocao.base.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity changed by several people over time: its {@code version} column counts the saved changes, so that a
 * change prepared from an older version is refused (optimistic locking) instead of overwriting the newer one.
 */
@MappedSuperclass
public abstract class VersionedEntity extends AbstractEntity {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }
}
