package io.coterie.chaincode.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.support.AbiJsonConsistency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published ABI JSON, the Java dispatch table, errors and events never drift apart. */
class ReviewsAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("Reviews");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(
        new ReviewsPrecompile(new io.coterie.chaincode.membership.CardsReader()).dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    abi.assertErrorsAre(ReviewsErrors.ALL);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmits() {
    abi.assertEventsAre(ReviewsEvents.ALL);
  }

  @Test
  void solidityInterfaceDeclaresEveryFunctionEventAndErrorWithMeasuredGas() throws IOException {
    String sol = Files.readString(Path.of("src/main/solidity/IReviews.sol"));
    Stream.of("function", "event", "error")
        .flatMap(type -> abi.names(type).stream().map(name -> type + " " + name + "("))
        .forEach(decl -> assertThat(sol).as("IReviews.sol declares %s", decl).contains(decl));
    assertThat(sol).doesNotContain("GAS_");
  }
}
