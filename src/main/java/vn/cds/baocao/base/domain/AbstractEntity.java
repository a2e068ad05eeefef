package vn.cds.baocao.base.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.proxy.HibernateProxy;

/**
 * An entity whose identity is its database id (an auto-increment column {@code id}). Two instances are equal when
 * they are of the same entity class and have the same id, also when one of them is a Hibernate proxy; an entity not
 * yet saved equals only itself. The hash code is the class's, so it stays the same when the entity gets its id on
 * saving (a set of entities holds few of them).
 *
 * <p>{@code equals} and {@code hashCode} are final so that a proxy runs them itself: it knows its class and id
 * without loading the entity, also after its session has ended.
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
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AbstractEntity entity) || entityClass(this) != entityClass(entity)) {
            return false;
        }
        Long mine = getId();
        return mine != null && mine.equals(entity.getId());
    }

    @Override
    public final int hashCode() {
        return entityClass(this).hashCode();
    }

    /** The mapped class, also of a proxy that is not loaded and has no session any more. */
    private static Class<?> entityClass(Object entity) {
        return entity instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getPersistentClass()
                : entity.getClass();
    }
}
