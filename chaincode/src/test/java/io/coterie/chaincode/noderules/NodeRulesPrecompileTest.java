package io.coterie.chaincode.noderules;

import static io.coterie.chaincode.noderules.NodeRulesFixture.ADMIN;
import static io.coterie.chaincode.noderules.NodeRulesFixture.ALICE;
import static io.coterie.chaincode.noderules.NodeRulesFixture.NODE_RULES;
import static io.coterie.chaincode.noderules.NodeRulesFixture.addNode;
import static io.coterie.chaincode.noderules.NodeRulesFixture.isNodeAllowed;
import static io.coterie.chaincode.noderules.NodeRulesFixture.nodeKey;
import static io.coterie.chaincode.noderules.NodeRulesFixture.removeNode;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.utils.Numeric;

class NodeRulesPrecompileTest {
  private static final AllowedNode NODE_A = nodeKey(0xa11ce);
  private static final AllowedNode NODE_B = nodeKey(0xb0b);
  private static final AllowedNode NODE_C = nodeKey(0xc0c0);

  private final NodeRulesFixture chain = new NodeRulesFixture();
  private final NodeRulesReader reader = new NodeRulesReader();

  @Test
  void adminAddsANodeAndItIsVisibleToCallersAndTheReader() {
    Outcome outcome = chain.call(ADMIN, addNode(NODE_A));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(AbiCalls.bool(chain.view(isNodeAllowed(NODE_A)))).isTrue();
    assertThat(AbiCalls.bool(chain.view(isNodeAllowed(NODE_B)))).isFalse();
    assertThat(AbiCalls.uint(chain.view(AbiCalls.fn("getNodeCount")))).isOne();
    assertThat(nodes()).containsExactly(NODE_A);
    assertThat(reader.isAllowed(chain.host.world(), NODE_A)).isTrue();
    assertThat(reader.nodes(chain.host.world())).containsExactly(NODE_A);
  }

  @Test
  void addAndRemoveEmitEventsWithTheKeyAndTheAdmin() {
    Outcome added = chain.call(ADMIN, addNode(NODE_A));
    Outcome removed = chain.call(ADMIN, removeNode(NODE_A));

    assertThat(added.logs())
        .containsExactly(
            new LogEntry(
                NODE_RULES,
                List.of(
                    Word.keccak("NodeAdded(bytes32,bytes32,address)"),
                    NODE_A.x(),
                    NODE_A.y(),
                    Word.of(ADMIN)),
                "0x"));
    assertThat(removed.logs())
        .containsExactly(
            new LogEntry(
                NODE_RULES,
                List.of(
                    Word.keccak("NodeRemoved(bytes32,bytes32,address)"),
                    NODE_A.x(),
                    NODE_A.y(),
                    Word.of(ADMIN)),
                "0x"));
  }

  @Test
  void onlyDefaultAdminsChangeTheListWithTheOzError() {
    Outcome add = chain.call(ALICE, addNode(NODE_A));
    chain.call(ADMIN, addNode(NODE_A));
    Outcome remove = chain.call(ALICE, removeNode(NODE_A));

    byte[] expected =
        NodeRulesErrors.UNAUTHORIZED_ACCOUNT.encode(
            AbiValues.address(ALICE), AbiValues.bytes32(StandardRoles.DEFAULT_ADMIN_ROLE));
    assertThat(add.result().data()).isEqualTo(expected);
    assertThat(remove.result().data()).isEqualTo(expected);
    assertThat(nodes()).containsExactly(NODE_A);
  }

  @Test
  void aKeyThatIsNotOnTheCurveIsRefused() {
    AllowedNode bogus = new AllowedNode(Word.of(1), Word.of(2));

    Outcome outcome = chain.call(ADMIN, addNode(bogus));

    assertThat(outcome.result().data())
        .isEqualTo(
            NodeRulesErrors.INVALID_NODE_KEY.encode(
                AbiValues.bytes32(bogus.x()), AbiValues.bytes32(bogus.y())));
    assertThat(chain.host.world().storageOf(NODE_RULES)).isEmpty();
  }

  @Test
  void addingTwiceOrRemovingAnAbsentKeyRevertsAndChangesNothing() {
    chain.call(ADMIN, addNode(NODE_A));
    var before = chain.host.world().storageOf(NODE_RULES);

    Outcome again = chain.call(ADMIN, addNode(NODE_A));
    Outcome absent = chain.call(ADMIN, removeNode(NODE_B));

    assertThat(again.result().data())
        .isEqualTo(
            NodeRulesErrors.NODE_ALREADY_ALLOWED.encode(
                AbiValues.bytes32(NODE_A.x()), AbiValues.bytes32(NODE_A.y())));
    assertThat(absent.result().data())
        .isEqualTo(
            NodeRulesErrors.NODE_NOT_ALLOWED.encode(
                AbiValues.bytes32(NODE_B.x()), AbiValues.bytes32(NODE_B.y())));
    assertThat(chain.host.world().storageOf(NODE_RULES)).isEqualTo(before);
  }

  @Test
  void removalMovesTheLastNodeIntoTheGapAndClearsEverySlotAtTheEnd() {
    chain.call(ADMIN, addNode(NODE_A));
    chain.call(ADMIN, addNode(NODE_B));
    chain.call(ADMIN, addNode(NODE_C));

    chain.call(ADMIN, removeNode(NODE_A));

    assertThat(nodes()).containsExactly(NODE_C, NODE_B);
    assertThat(getNode(0)).isEqualTo(NODE_C);
    assertThat(AbiCalls.bool(chain.view(isNodeAllowed(NODE_A)))).isFalse();

    chain.call(ADMIN, removeNode(NODE_C));
    chain.call(ADMIN, removeNode(NODE_B));

    assertThat(nodes()).isEmpty();
    assertThat(chain.host.world().storageOf(NODE_RULES)).isEmpty();
  }

  @Test
  void getNodeBeyondTheEndPanicsAsSolidityArrays() {
    Outcome outcome =
        chain.host.staticCall(ALICE, NODE_RULES, AbiCalls.fn("getNode", AbiCalls.u256(0)));

    assertThat(outcome.result().data())
        .isEqualTo(SolidityError.panic(SolidityError.PANIC_ARRAY_OUT_OF_BOUNDS));
  }

  @Test
  void writesInAStaticCallAreRefused() {
    Outcome outcome = chain.host.staticCall(ADMIN, NODE_RULES, addNode(NODE_A));

    assertThat(Numeric.toHexString(outcome.result().data()))
        .startsWith(StandardErrors.WRITE_IN_STATIC_CALL.selector().toHex());
  }

  @Test
  void gasMatchesTheFiguresInTheSolidityInterface() {
    assertThat(chain.call(ADMIN, addNode(NODE_A)).gasUsed()).isEqualTo(91_263);
    assertThat(chain.call(ADMIN, addNode(NODE_B)).gasUsed()).isEqualTo(76_263);
    assertThat(chain.host.staticCall(ALICE, NODE_RULES, isNodeAllowed(NODE_A)).gasUsed())
        .isEqualTo(5_188);
    assertThat(chain.host.staticCall(ALICE, NODE_RULES, AbiCalls.fn("getNodeCount")).gasUsed())
        .isEqualTo(4_164);
    assertThat(
            chain
                .host
                .staticCall(ALICE, NODE_RULES, AbiCalls.fn("getNode", AbiCalls.u256(1)))
                .gasUsed())
        .isEqualTo(8_876);
    assertThat(chain.host.staticCall(ALICE, NODE_RULES, AbiCalls.fn("getNodes")).gasUsed())
        .isEqualTo(4_164 + 2 * 4_200);
    assertThat(chain.call(ADMIN, removeNode(NODE_A)).gasUsed()).isEqualTo(50_463);
    assertThat(chain.call(ADMIN, removeNode(NODE_B)).gasUsed()).isEqualTo(31_263);
  }

  private AllowedNode getNode(long index) {
    var values =
        AbiCalls.decode(
            chain.view(AbiCalls.fn("getNode", AbiCalls.u256(index))),
            new TypeReference<Bytes32>() {},
            new TypeReference<Bytes32>() {});
    return new AllowedNode(
        Word.wrap((byte[]) values.get(0).getValue()), Word.wrap((byte[]) values.get(1).getValue()));
  }

  @SuppressWarnings("unchecked")
  private List<AllowedNode> nodes() {
    var values =
        AbiCalls.decode(
            chain.view(AbiCalls.fn("getNodes")),
            new TypeReference<DynamicArray<DynamicBytes>>() {});
    return ((List<DynamicBytes>) values.get(0).getValue())
        .stream().map(b -> AllowedNode.ofId(b.getValue())).toList();
  }
}
