package io.coterie.node.chain;

import io.coterie.chaincode.gtin.GtinRegistryGenesis;
import io.coterie.chaincode.gtin.GtinRegistryLayout;
import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.genesis.spec.Allocation;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.RoleName;
import io.coterie.node.execution.BufferedNodes;
import io.coterie.node.execution.ChaincodeValues;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.execution.TransactionProcessor;
import io.coterie.node.state.Account;
import io.coterie.node.state.WorldState;
import io.coterie.node.state.WorldStateOverlay;
import io.coterie.node.trie.TrieNodeSource;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bloom;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Block 0 from a chain spec: balances from the allocations, the Roles precompile's storage from the
 * role assignments (with the DAO governor as admin of MEMBER_ROLE, its only admin when the spec is
 * governor-exclusive), the GTIN registry's storage from the GTIN bindings, then the spec's setup
 * calls run through {@code processor} in order (a failing one throws {@link
 * GenesisSetupException}). Every node computes the same block from the same spec; its hash
 * identifies the chain in the data directory.
 */
public final class GenesisBlockBuilder {
  private GenesisBlockBuilder() {}

  /**
   * @param extraData the consensus engine's extraData for block 0 (QBFT: the validators)
   * @param mixHash the consensus engine's marker (QBFT: its fixed mix hash)
   */
  public static ExecutedBlock build(
      ChainSpec spec,
      TransactionProcessor processor,
      TrieNodeSource source,
      Bytes extraData,
      Hash mixHash) {
    WorldStateOverlay overlay = new WorldStateOverlay(WorldState.empty(source));
    for (Allocation allocation : spec.allocations()) {
      Address address = address(allocation.address());
      Account account = overlay.account(address).orElse(Account.EMPTY);
      overlay.putAccount(
          address, account.withBalance(account.balance().add(allocation.balanceWei())));
    }
    Address roles = ChaincodeValues.toNode(StandardRoles.ROLES_ADDRESS);
    for (Map.Entry<Word, Word> slot :
        RolesGenesis.initialStorageWithGovernor(
                roleMembers(spec), spec.precompiles().governorExclusive())
            .entrySet()) {
      overlay.putStorage(
          roles, ChaincodeValues.slot(slot.getKey()), Bytes.of(slot.getValue().bytes()));
    }
    SortedMap<String, ChainAddress> gtinOwners = new TreeMap<>();
    spec.precompiles()
        .gtinOwners()
        .forEach((key, owner) -> gtinOwners.put(key, ChainAddress.fromHex(owner.hex())));
    Address gtinRegistry = ChaincodeValues.toNode(GtinRegistryLayout.ADDRESS);
    for (Map.Entry<Word, Word> slot : GtinRegistryGenesis.initialStorage(gtinOwners).entrySet()) {
      overlay.putStorage(
          gtinRegistry, ChaincodeValues.slot(slot.getKey()), Bytes.of(slot.getValue().bytes()));
    }
    GenesisSetupCalls.run(spec, processor, overlay);
    BufferedNodes nodes = new BufferedNodes();
    WorldState state = overlay.commitTo(nodes);
    BlockHeader header =
        new BlockHeader(
            Hash.ZERO,
            Hash.EMPTY_LIST,
            Address.ZERO,
            state.rootHash(),
            Hash.EMPTY_TRIE,
            Hash.EMPTY_TRIE,
            Bloom.EMPTY,
            BigInteger.ONE,
            0,
            spec.gasLimit(),
            0,
            spec.timestampSeconds(),
            extraData,
            mixHash,
            Bytes.of(new byte[BlockHeader.NONCE_SIZE]),
            spec.baseFeePerGas());
    return new ExecutedBlock(new Block(header, List.of()), List.of(), state, nodes);
  }

  private static SortedMap<Word, List<ChainAddress>> roleMembers(ChainSpec spec) {
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    for (RoleName role : RoleName.values()) {
      List<ChainAddress> holders = new ArrayList<>();
      spec.precompiles()
          .holders(role)
          .forEach(holder -> holders.add(ChainAddress.fromHex(holder.hex())));
      if (!holders.isEmpty()) {
        members.put(roleId(role), holders);
      }
    }
    return members;
  }

  private static Word roleId(RoleName role) {
    return switch (role) {
      case DEFAULT_ADMIN_ROLE -> StandardRoles.DEFAULT_ADMIN_ROLE;
      case BRAND_ROLE -> StandardRoles.BRAND_ROLE;
      case SHOP_ROLE -> StandardRoles.SHOP_ROLE;
      case FARM_ROLE -> StandardRoles.FARM_ROLE;
      case AUDITOR_ROLE -> StandardRoles.AUDITOR_ROLE;
      case INSPECTOR_ROLE -> StandardRoles.INSPECTOR_ROLE;
      case MEMBER_ROLE -> StandardRoles.MEMBER_ROLE;
      case SPONSOR_ROLE -> StandardRoles.SPONSOR_ROLE;
    };
  }

  private static Address address(GenesisAddress address) {
    return Address.fromHex(address.hex());
  }
}
