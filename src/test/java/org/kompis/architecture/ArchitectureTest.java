package org.kompis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shape of the house, checked on every build: no package cycles, rituals that know only the core (never each
 * other, never the sandbox or the wiring), a core that knows no feature, and production code that never reaches
 * into tests or the sandbox.
 */
class ArchitectureTest {
    static final String[] RITUALS = {"reflection", "aar", "sixhats", "pairing", "lessons", "insights"};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.kompis");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void aRitualKnowsTheCoreButNoOtherRitualNorTheWiringNorTheSandbox() {
        for (String ritual : RITUALS) {
            String[] forbidden = Arrays.stream(RITUALS)
                    .filter(r -> !r.equals(ritual))
                    .map(r -> "org.kompis." + r + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("org.kompis." + ritual + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(forbidden)
                    .orShould()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.kompis",
                            "org.kompis.app..",
                            "org.kompis.sandbox..",
                            "org.kompis.commands..",
                            "org.kompis.home..",
                            "org.kompis.privacy..")
                    .check(MAIN);
        }
    }

    @Test
    void theCoreImportsNoFeature() {
        String[] features =
                Arrays.stream(RITUALS).map(r -> "org.kompis." + r + "..").toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage("org.kompis.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(features)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.kompis",
                        "org.kompis.app..",
                        "org.kompis.sandbox..",
                        "org.kompis.commands..",
                        "org.kompis.home..",
                        "org.kompis.privacy..")
                .check(MAIN);
    }

    @Test
    void productionCodeNeverImportsTheSandboxOnlyTheStartDoes() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.kompis.sandbox..")
                .and()
                .doNotHaveFullyQualifiedName("org.kompis.Main")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.kompis.sandbox..")
                .check(MAIN);
    }

    @Test
    void productionCodeNeverImportsTestCode() {
        Set<String> tests = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages("org.kompis")
                        .stream()
                        .map(JavaClass::getName)
                        .collect(Collectors.toSet());
        noClasses()
                .should()
                .dependOnClassesThat(
                        DescribedPredicate.describe("are test code", (JavaClass c) -> tests.contains(c.getName())))
                .check(MAIN);
    }

    /** A slice per package directly under org.kompis, and one for the top (Main, Rituals). */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (pkg.equals("org.kompis")) {
                return SliceIdentifier.of("(top)");
            }
            if (!pkg.startsWith("org.kompis.")) {
                return SliceIdentifier.ignore();
            }
            String rest = pkg.substring("org.kompis.".length());
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "packages of org.kompis";
        }
    };
}
