package vn.cds.baocao.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Test helpers that need Spring beans. */
@TestConfiguration(proxyBeanMethods = false)
@Import({SignIn.class, ReportFixture.class, ReportRows.class, TestUnits.class, SqlStatements.class,
        vn.cds.baocao.bulletin.BulletinReadFixture.class})
public class TestSupportConfiguration {
}
