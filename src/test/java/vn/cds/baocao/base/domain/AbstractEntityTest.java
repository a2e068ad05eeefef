package vn.cds.baocao.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.hibernate.proxy.HibernateProxy;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.support.CdsSpringTest;

/** Identity of entities by class and id, also through Hibernate proxies. Reads only; rolled back. */
@CdsSpringTest
@Transactional
class AbstractEntityTest {

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void aProxyEqualsTheLoadedEntityOfTheSameId() {
        long id = firstUnit().getId();
        entityManager.clear();
        Unit proxy = entityManager.getReference(Unit.class, id);
        assertThat(proxy).as("a proxy, not loaded").isInstanceOf(HibernateProxy.class);

        entityManager.clear();
        Unit loaded = entityManager.find(Unit.class, id);
        assertThat(loaded).isNotInstanceOf(HibernateProxy.class);
        assertThat(proxy).isEqualTo(loaded).hasSameHashCodeAs(loaded);
        assertThat(loaded).isEqualTo(proxy);
        assertThat(Set.of(loaded)).contains(proxy);
    }

    @Test
    void entitiesOfAnotherClassOrIdDiffer() {
        ReportingPeriod period = entityManager.createQuery("select p from ReportingPeriod p order by p.id",
                ReportingPeriod.class).setMaxResults(1).getSingleResult();
        Unit sameId = entityManager.find(Unit.class, period.getId());
        assertThat(sameId).as("a unit with the id of the first period").isNotNull();
        assertThat((Object) period).isNotEqualTo(sameId);

        Unit another = entityManager.createQuery("select u from Unit u where u.id <> :id order by u.id", Unit.class)
                .setParameter("id", sameId.getId()).setMaxResults(1).getSingleResult();
        assertThat(another).isNotEqualTo(sameId);
    }

    @Test
    void anEntityNotYetSavedEqualsOnlyItself() {
        Unit template = firstUnit();
        Unit first = new Unit("TEST-EQ", "Đơn vị thử", "Thử", template.getType(), template.getValidFrom());
        Unit second = new Unit("TEST-EQ", "Đơn vị thử", "Thử", template.getType(), template.getValidFrom());
        assertThat(first).isEqualTo(first).isNotEqualTo(second);
        assertThat(first.hashCode()).as("the class's: it stays when the id is given").isEqualTo(second.hashCode());
    }

    private Unit firstUnit() {
        return entityManager.createQuery("select u from Unit u order by u.id", Unit.class).setMaxResults(1)
                .getSingleResult();
    }
}
