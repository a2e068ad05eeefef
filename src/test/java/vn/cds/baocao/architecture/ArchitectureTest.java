package vn.cds.baocao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** Views talk to services, never to repositories; domain classes know nothing of the UI. */
@AnalyzeClasses(packages = "vn.cds.baocao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsDoNotUseRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("every permission and workflow rule lives in the services");

    @ArchTest
    static final ArchRule domainDoesNotDependOnUiOrServices = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..service..", "com.vaadin..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnViews = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");
}
