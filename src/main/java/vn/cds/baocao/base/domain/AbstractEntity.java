package vn.cds.baocao.base.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.Hibernate;

/**
 * An entity whose identity is its database id (an auto-increment column {@code id}). Two instances are equal when
 * they are of the same entity class and have the same id, also when one of them is a Hibernate proxy; an entity not
 * yet saved equals only itself. The hash code is the class's, so it stays the same when the entity gets its id on
 * saving (a set of entities holds few of them).
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Not final: a Hibernate proxy answers it without loading the entity. */
    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AbstractEntity entity)
                || Hibernate.getClassLazy(this) != Hibernate.getClassLazy(entity)) {
            return false;
        }
        Long mine = getId();
        return mine != null && mine.equals(entity.getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClassLazy(this).hashCode();
    }
}
