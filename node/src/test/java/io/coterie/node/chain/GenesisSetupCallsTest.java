package io.coterie.node.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.PrecompileDirectory;
import io.coterie.chaincode.spi.PrecompileLoader;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.GenesisCall;
import io.coterie.genesis.spec.RoleName;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.execution.ExecutionRules;
import io.coterie.node.execution.PrecompileHost;
import io.coterie.node.execution.TransactionProcessor;
import io.coterie.node.storage.InMemoryKeyValueStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.types.Bytes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;

class GenesisSetupCallsTest {
  private static TransactionProcessor processor(ChainSpec spec) {
    List<PrecompileModule> modules = PrecompileLoader.load();
    ServiceRegistry registry = ServiceRegistry.create();
    modules.forEach(m -> m.register(registry));
    modules.forEach(PrecompileModule::start);
    return new TransactionProcessor(
        new PrecompileHost(PrecompileDirectory.of(modules)),
        new ExecutionRules(spec.chainId(), true, true));
  }

  private static ExecutedBlock build(ChainSpec spec) {
    return GenesisBlockBuilder.build(
        spec,
        processor(spec),
        new TrieNodeStore(new InMemoryKeyValueStore()),
        Bytes.EMPTY,
        QbftBlockHashing.MIX_HASH);
  }

  @Test
  void setupCallsChangeTheStateRootDeterministically() {
    ChainSpec devnet = DevnetSpec.create(1, 1_000);
    ChainSpec bare = devnet.toBuilder().setupCalls(List.of()).build();

    assertThat(build(devnet).block().header().stateRoot())
        .isEqualTo(build(devnet).block().header().stateRoot())
        .isNotEqualTo(build(bare).block().header().stateRoot());
  }

  @Test
  void aFailingCallAbortsNamingItsIndexAndTheCustomError() {
    ChainSpec devnet = DevnetSpec.create(1, 1_000);
    List<GenesisCall> calls = new ArrayList<>(devnet.setupCalls());
    GenesisCall award = calls.get(2);
    // the same award again: its ref is already used
    calls.add(3, award);
    ChainSpec spec = devnet.toBuilder().setupCalls(calls).build();

    assertThatThrownBy(() -> build(spec))
        .isInstanceOfSatisfying(
            GenesisSetupException.class, e -> assertThat(e.callIndex()).isEqualTo(3))
        .hasMessageContaining("genesis setup call 3 from " + award.from())
        .hasMessageContaining("reverted with custom error 0x")
        .hasMessageContaining("config.coterie.setup[3]");
  }

  @Test
  void aCallBeforeItsProgramExistsAborts() {
    ChainSpec devnet = DevnetSpec.create(1, 1_000);
    List<GenesisCall> calls = new ArrayList<>(devnet.setupCalls());
    ChainSpec spec = devnet.toBuilder().setupCalls(calls.subList(1, calls.size())).build();

    assertThatThrownBy(() -> build(spec))
        .isInstanceOf(GenesisSetupException.class)
        .hasMessageContaining("genesis setup call 0");
  }

  @Test
  void aCallToAnAccountThatIsNoChaincodeAborts() {
    ChainSpec devnet = DevnetSpec.create(1, 1_000);
    GenesisCall first = devnet.setupCalls().get(0);
    ChainSpec spec =
        devnet.toBuilder()
            .setupCalls(List.of(new GenesisCall(first.from(), first.from(), "0x")))
            .build();

    assertThatThrownBy(() -> build(spec))
        .isInstanceOf(GenesisSetupException.class)
        .hasMessageContaining("which is no chaincode precompile");
  }

  @Test
  void aGovernorExclusiveGenesisRefusesTheAdminAMemberGrant() {
    ChainSpec devnet = DevnetSpec.create(1, 1_000);
    GenesisAddress admin = devnet.precompiles().holders(RoleName.DEFAULT_ADMIN_ROLE).get(0);
    String grant =
        FunctionEncoder.encode(
            new Function(
                "grantRole",
                List.of(
                    new Bytes32(StandardRoles.MEMBER_ROLE.bytes()),
                    new Address("0x00000000000000000000000000000000000c0ffe")),
                List.of()));
    List<GenesisCall> calls = new ArrayList<>(devnet.setupCalls());
    calls.add(
        new GenesisCall(admin, GenesisAddress.of(StandardRoles.ROLES_ADDRESS.toHex()), grant));
    ChainSpec open = devnet.toBuilder().setupCalls(calls).build();
    ChainSpec exclusive =
        open.toBuilder().precompiles(open.precompiles().withGovernorExclusive(true)).build();

    assertThat(build(open).block().header().stateRoot()).isNotNull();
    assertThatThrownBy(() -> build(exclusive))
        .isInstanceOf(GenesisSetupException.class)
        .hasMessageContaining("config.coterie.setup[" + (calls.size() - 1) + "]");
  }
}
