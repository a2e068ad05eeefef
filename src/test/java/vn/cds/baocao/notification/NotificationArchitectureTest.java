package vn.cds.baocao.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.cds.baocao.notification.service.DeadlineNotices;
import vn.cds.baocao.notification.service.MailOutbox;
import vn.cds.baocao.notification.service.MailServerSettings;
import vn.cds.baocao.notification.service.NotificationDelivery;
import vn.cds.baocao.notification.service.NotificationJobs;
import vn.cds.baocao.notification.service.NotificationMailer;
import vn.cds.baocao.notification.service.WorkflowNotifications;

/**
 * The notification machinery (delivery, mail, jobs, listeners) has no permission checks because Spring and the
 * scheduler call it, never a user: no screen may call it. Screens use {@code NotificationService}.
 */
@AnalyzeClasses(packages = "vn.cds.baocao", importOptions = ImportOption.DoNotIncludeTests.class)
class NotificationArchitectureTest {

    @ArchTest
    static final ArchRule viewsDoNotReachTheNotificationMachinery = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().belongToAnyOf(NotificationDelivery.class, NotificationMailer.class,
                    MailOutbox.class, MailServerSettings.class, NotificationJobs.class, DeadlineNotices.class,
                    WorkflowNotifications.class)
            .because("only NotificationService, with its checks, is meant for screens");
}
