package io.coterie.chaincode.membership;

import static io.coterie.chaincode.support.AbiJsonConsistency.constants;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.SolidityEvent;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.support.AbiJsonConsistency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published ABI JSON files and the Java dispatch tables can never drift apart. */
class MembershipAbiJsonTest {
  private final AbiJsonConsistency registry = AbiJsonConsistency.load("MembershipCards");
  private final AbiJsonConsistency card = AbiJsonConsistency.load("MembershipCard");

  @Test
  void functionsMatchTheDispatchTables() {
    registry.assertFunctionsMatch(new RegistryPrecompile().dispatchTable());
    card.assertFunctionsMatch(new CollectionPrecompile().dispatchTable());
  }

  @Test
  void everyDeclaredErrorIsInTheCardAbi() {
    List<SolidityError> all = constants(MembershipErrors.class, SolidityError.class);
    all.remove(MembershipErrors.TOO_MANY_COLLECTIONS);
    all.remove(MembershipErrors.TOO_MANY_MEMBER_COLLECTIONS);
    all.addAll(StandardErrors.ALL);
    card.assertErrorsAre(all);
    assertThat(registry.signatures("error"))
        .contains(
            MembershipErrors.UNKNOWN_COLLECTION.signature(),
            MembershipErrors.TOO_MANY_COLLECTIONS.signature(),
            MembershipErrors.TOO_MANY_MEMBER_COLLECTIONS.signature(),
            MembershipErrors.UNAUTHORIZED_ACCOUNT.signature());
  }

  @Test
  void eventsAreSplitBetweenRegistryAndCards() {
    List<SolidityEvent> all = constants(MembershipEvents.class, SolidityEvent.class);
    all.remove(MembershipEvents.COLLECTION_CREATED);
    all.remove(MembershipEvents.MEMBER_COLLECTION_CREATED);
    card.assertEventsAre(all);
    registry.assertEventsAre(
        List.of(MembershipEvents.COLLECTION_CREATED, MembershipEvents.MEMBER_COLLECTION_CREATED));
    assertThat(card.indexedInputs("Transfer")).containsExactly("address", "address", "uint256");
    assertThat(card.indexedInputs("Locked")).isEmpty();
  }

  @Test
  void selectorsAndErrorsMatchOpenZeppelinAndTheErcs() {
    assertThat(Erc721Handlers.IERC721_ID.toHex()).isEqualTo("0x80ac58cd");
    assertThat(Erc721Handlers.IERC721_METADATA_ID.toHex()).isEqualTo("0x5b5e139f");
    assertThat(Erc721Handlers.IERC721_ENUMERABLE_ID.toHex()).isEqualTo("0x780e9d63");
    assertThat(Erc721Handlers.IERC5192_ID.toHex()).isEqualTo("0xb45a3c0e");
    assertThat(MembershipErrors.ERC721_NONEXISTENT_TOKEN.selector().toHex())
        .isEqualTo("0x7e273289");
    assertThat(MembershipErrors.ERC721_INCORRECT_OWNER.selector().toHex()).isEqualTo("0x64283d7b");
    assertThat(MembershipErrors.ERC721_INSUFFICIENT_APPROVAL.selector().toHex())
        .isEqualTo("0x177e802f");
    assertThat(MembershipErrors.ERC5805_FUTURE_LOOKUP.selector().toHex()).isEqualTo("0xecd3f81e");
    assertThat(Selector.of("delegate(address)").toHex()).isEqualTo("0x5c19a95c");
    assertThat(Selector.of("getPastVotes(address,uint256)").toHex()).isEqualTo("0x3a46b1a8");
    assertThat(Selector.of("delegateBySig(address,uint256,uint256,uint8,bytes32,bytes32)").toHex())
        .isEqualTo("0xc3cda520");
    assertThat(Selector.of("acceptOwnership()").toHex()).isEqualTo("0x79ba5097");
    assertThat(MembershipErrors.OWNABLE_UNAUTHORIZED_ACCOUNT.selector().toHex())
        .isEqualTo("0x118cdaa7");
  }
}
