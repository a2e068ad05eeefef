package vn.cds.baocao.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.access.NoRoleCheck;
import vn.cds.baocao.base.i18n.Messages;

/**
 * The lines between the layers and between the features (docs/architecture.md): views talk to services, never to
 * repositories; domain classes know nothing of the UI; the features depend on each other in one direction only,
 * {@code base} on none of them; a feature's repositories are its own; only views read the current UI's language.
 */
@AnalyzeClasses(packages = "vn.cds.baocao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "vn.cds.baocao";

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

    @ArchTest
    static final ArchRule onlyViewsReadTheLanguageOfTheCurrentUi = noClasses()
            .that().resideOutsideOfPackage("..ui..").and().doNotBelongToAnyOf(Messages.class)
            .should().callMethod(Messages.class, "get", String.class, Object[].class)
            .orShould().callMethod(Messages.class, "currentLocale")
            .because("a service, e-mail, document, API answer or console command is written for its reader, who is"
                    + " not the current UI's user (docs/architecture.md, Where translation happens): it takes a"
                    + " Locale or returns a key with its arguments");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses().that().resideInAPackage(ROOT + ".base..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".base..")))
            .because("base holds the shared pieces every feature may use");

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = classes().that().areAssignableTo(Repository.class)
            .should(beUsedOnlyInTheirFeature())
            .because("other features call a read service of the owning feature");

    @ArchTest
    static final ArchRule entitiesShareOneIdentity = noMethods().that().areDeclaredInClassesThat()
            .areAnnotatedWith(Entity.class).should().haveName("equals").orShould().haveName("hashCode")
            .because("base.domain.AbstractEntity's equals and hashCode are the ones that hold through Hibernate proxies");

    /**
     * Hiding a view is not security: what a screen calls checks the caller's role itself. The read services other
     * features use without a check of their own ({@code IndicatorCatalog}, {@code UnitDirectory}, ...) are for
     * services, jobs and listeners, never called by a view.
     */
    @ArchTest
    static final ArchRule whatAViewCallsChecksTheRole = methods().that(areServiceMethodsCalledFromAView())
            .should(beAnnotatedWithPreAuthorize())
            .because("every permission lives in the service layer (docs/security.md)");

    private static DescribedPredicate<JavaMethod> areServiceMethodsCalledFromAView() {
        return DescribedPredicate.describe("are public methods of Spring services in ..service.. called from ..ui..",
                method -> method.getModifiers().contains(JavaModifier.PUBLIC)
                        && method.getOwner().getPackageName().contains(".service")
                        && method.getOwner().isMetaAnnotatedWith(Component.class)
                        && method.getCallsOfSelf().stream()
                                .anyMatch(call -> call.getOriginOwner().getPackageName().contains(".ui")));
    }

    private static ArchCondition<JavaMethod> beAnnotatedWithPreAuthorize() {
        return new ArchCondition<>("be annotated with @PreAuthorize (on the method or its class) or @NoRoleCheck") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!method.isAnnotatedWith(PreAuthorize.class) && !method.getOwner().isAnnotatedWith(PreAuthorize.class)
                        && !method.isAnnotatedWith(NoRoleCheck.class)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is called by a view"
                            + " and checks no role"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirFeature() {
        return new ArchCondition<>("be used only by classes of their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = feature(repository);
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    if (!feature.equals(feature(dependency.getOriginClass()))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The top-level package under {@value #ROOT}: "report" for vn.cds.baocao.report.domain; "" for the root. */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return name.equals(ROOT) ? "" : name;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
