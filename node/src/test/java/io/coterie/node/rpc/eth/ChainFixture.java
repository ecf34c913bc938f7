package io.coterie.node.rpc.eth;

import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.node.execution.ChaincodeValues;
import io.coterie.node.rpc.api.EthMethods;
import io.coterie.node.rpc.eth.filter.FilterStore;
import io.coterie.node.rpc.method.MethodRegistry;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * A real devnet chain with the chain-side {@code eth} and {@code qbft} methods registered, and
 * transaction builders for the calls the tests make (native transfers, Roles precompile calls).
 */
final class ChainFixture {
  static final Address ROLES = ChaincodeValues.toNode(StandardRoles.ROLES_ADDRESS);
  static final String MEMBER_ROLE =
      "0x" + HexFormat.of().formatHex(StandardRoles.MEMBER_ROLE.bytes());
  static final String SHOP_ROLE = "0x" + HexFormat.of().formatHex(StandardRoles.SHOP_ROLE.bytes());

  final RpcTestChain chain;
  final FilterStore filters;
  final EthMethods methods;
  final SubscriptionHub hub = new SubscriptionHub();
  final MethodRegistry registry = new MethodRegistry(List.of("eth", "qbft", "txpool"));
  final RpcCall rpc = new RpcCall(registry);

  ChainFixture(Path dir, Clock clock) {
    this.chain = RpcTestChain.devnet(dir);
    this.methods =
        new EthMethods(
            chain.chain,
            chain.pool,
            chain.simulator,
            chain.host::isChaincode,
            BigInteger.ZERO,
            hub,
            clock);
    this.filters = methods.filters();
    chain.importer.addListener(methods.chainListener());
    chain.pool.onPending(methods.pendingListener());
    methods.registerAll(registry);
  }

  ChainFixture(Path dir) {
    this(dir, Clock.systemUTC());
  }

  /** A plain transfer of {@code wei} from development account {@code from} to {@code to}. */
  static Transaction transfer(int from, long nonce, Address to, long wei) {
    return RpcTestChain.account(from)
        .dynamicFee(
            nonce,
            BigInteger.ZERO,
            BigInteger.ZERO,
            21_000,
            Destination.call(to),
            BigInteger.valueOf(wei),
            Bytes.EMPTY,
            List.of());
  }

  /** The admin (account 0) grants SHOP_ROLE to {@code shop}: emits RoleGranted. */
  static Transaction grantShop(long nonce, Address shop) {
    return RpcTestChain.account(0)
        .legacy(
            nonce,
            BigInteger.ZERO,
            200_000,
            Destination.call(ROLES),
            BigInteger.ZERO,
            Bytes.fromHex("0x2f2ff15d" + SHOP_ROLE.substring(2) + word(shop)));
  }

  static String word(Address address) {
    return "000000000000000000000000" + address.toHex().substring(2);
  }

  static Address address(int account) {
    return RpcTestChain.account(account).address();
  }

  static TransactionSigner signer(int account) {
    return RpcTestChain.account(account);
  }
}
