package io.coterie.chaincode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Chaincode is a pure function of (state, call, block): no clocks, randomness, floating point,
 * hash-ordered collections or I/O anywhere in {@code io.coterie.chaincode..}.
 */
class DeterminismArchitectureTest {
  private static final String CHAINCODE = "io.coterie.chaincode..";
  private static final DescribedPredicate<JavaClass> FLOATING =
      DescribedPredicate.describe(
          "float or double",
          c ->
              c.isEquivalentTo(double.class)
                  || c.isEquivalentTo(float.class)
                  || c.isEquivalentTo(Double.class)
                  || c.isEquivalentTo(Float.class));

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.coterie.chaincode");

  private static final ArchCondition<JavaMethod> TAKE_OR_RETURN_FLOATING =
      new ArchCondition<>("take or return float or double") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
          boolean floating =
              FLOATING.test(method.getRawReturnType())
                  || method.getRawParameterTypes().stream().anyMatch(FLOATING);
          if (floating) {
            events.add(
                SimpleConditionEvent.satisfied(
                    method, method.getFullName() + " uses floating point"));
          }
        }
      };

  @Test
  void chaincodeIsDeterministicAndDoesNoIo() {
    ArchRule rule =
        CompositeArchRule.of(
                noClasses()
                    .that()
                    .resideInAPackage(CHAINCODE)
                    .should()
                    .callMethod(System.class, "currentTimeMillis")
                    .orShould()
                    .callMethod(System.class, "nanoTime")
                    .orShould()
                    .callMethod(Instant.class, "now")
                    .orShould()
                    .dependOnClassesThat()
                    .belongToAnyOf(
                        Clock.class,
                        Random.class,
                        SecureRandom.class,
                        ThreadLocalRandom.class,
                        HashMap.class,
                        HashSet.class)
                    .because("chaincode must give the same result on every node"))
            .and(
                noClasses()
                    .that()
                    .resideInAPackage(CHAINCODE)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                    .because("chaincode sees the world only through the SPI"))
            .and(
                noFields()
                    .that()
                    .areDeclaredInClassesThat()
                    .resideInAPackage(CHAINCODE)
                    .should()
                    .haveRawType(FLOATING)
                    .because("floating point rounding may differ and reach state"))
            .and(
                noMethods()
                    .that()
                    .areDeclaredInClassesThat()
                    .resideInAPackage(CHAINCODE)
                    .should(TAKE_OR_RETURN_FLOATING)
                    .because("floating point rounding may differ and reach state"));
    rule.check(classes);
  }
}
