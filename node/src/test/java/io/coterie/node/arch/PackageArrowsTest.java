package io.coterie.node.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of ../shared/STYLE.md: each package of the node imports only those listed
 * before it, the QBFT algorithm sees only its ports and the basic types, and execution is
 * deterministic.
 */
class PackageArrowsTest {
  private static final String ROOT = "io.coterie.node.";

  /** Lowest first: a package may import only packages before it. */
  private static final List<String> LAYERS =
      List.of(
          "logging",
          "rlp",
          "crypto",
          "types",
          "trie",
          "storage",
          "state",
          "execution",
          "chain",
          "txpool",
          "p2p",
          "consensus",
          "sync",
          "rpc",
          "metrics",
          "app",
          "cli");

  private static JavaClasses classes;

  @BeforeAll
  static void importNode() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.coterie.node");
  }

  @Test
  void eachPackageImportsOnlyPackagesBelowIt() {
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      String[] higher =
          LAYERS.subList(i + 1, LAYERS.size()).stream()
              .map(p -> ROOT + p + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(ROOT + LAYERS.get(i) + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(higher)
          .because("package " + LAYERS.get(i) + " sits below " + String.join(", ", higher))
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void qbftAlgorithmSeesOnlyItsPortsAndBasicTypes() {
    noClasses()
        .that()
        .resideInAnyPackage(
            ROOT + "consensus.qbft.message..",
            ROOT + "consensus.qbft.wire..",
            ROOT + "consensus.qbft.validate..",
            ROOT + "consensus.qbft.statemachine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + "trie..",
            ROOT + "storage..",
            ROOT + "state..",
            ROOT + "execution..",
            ROOT + "chain..",
            ROOT + "txpool..",
            ROOT + "p2p..",
            ROOT + "consensus.qbft.adapter..")
        .because(
            "the QBFT algorithm talks to the rest of the node only through consensus.qbft.port")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void executionIsDeterministic() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + "execution..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.HashMap")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.HashSet")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.Random")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.security.SecureRandom")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("java.time..")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.Double")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.Float")
        .because(
            "execution is a pure function of (state, tx, block context): no clocks, randomness,"
                + " unordered iteration or floating point")
        .allowEmptyShould(true)
        .check(classes);
  }
}
