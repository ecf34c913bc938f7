package io.coterie.node.chain;

import io.coterie.chaincode.spi.BlockContext;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisCall;
import io.coterie.node.execution.TransactionProcessor;
import io.coterie.node.execution.TxResult;
import io.coterie.node.state.WorldStateOverlay;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.utils.Numeric;

/**
 * Runs the spec's setup calls on block 0's overlay, in order, each as its {@code from} account with
 * the whole block gas limit and no value. They leave no transactions, receipts or logs: only state.
 */
final class GenesisSetupCalls {
  private static final String ERROR_STRING_SELECTOR = "0x08c379a0";

  private GenesisSetupCalls() {}

  static void run(ChainSpec spec, TransactionProcessor processor, WorldStateOverlay overlay) {
    BlockContext block =
        new BlockContext(
            0, spec.timestampSeconds(), ChainAddress.ZERO, spec.gasLimit(), spec.chainId());
    List<GenesisCall> calls = spec.setupCalls();
    for (int i = 0; i < calls.size(); i++) {
      GenesisCall call = calls.get(i);
      if (!call.hasValidInput()) {
        throw new GenesisSetupException(
            i,
            "genesis setup call "
                + i
                + " has input that is not 0x-prefixed even-length hex; fix config.coterie.setup["
                + i
                + "].input");
      }
      Address to = Address.fromHex(call.to().hex());
      if (!processor.host().isChaincode(to, 0)) {
        throw new GenesisSetupException(
            i,
            "genesis setup call "
                + i
                + " goes to "
                + call.to()
                + ", which is no chaincode precompile; fix config.coterie.setup["
                + i
                + "].to");
      }
      TxResult result =
          processor.run(
              overlay,
              block,
              Address.fromHex(call.from().hex()),
              to,
              BigInteger.ZERO,
              Bytes.of(call.input()),
              spec.gasLimit(),
              false);
      if (!result.success()) {
        throw new GenesisSetupException(
            i,
            "genesis setup call "
                + i
                + " from "
                + call.from()
                + " to "
                + call.to()
                + " failed: "
                + (result.outOfGas() ? "out of gas" : describeRevert(result.output().toArray()))
                + "; fix config.coterie.setup["
                + i
                + "] (or the calls before it)");
      }
    }
  }

  /** {@code Error(string)}'s message, or a custom error's selector and arguments in hex. */
  static String describeRevert(byte[] data) {
    if (data.length < 4) {
      return "reverted without data";
    }
    String hex = Numeric.toHexString(data);
    String selector = hex.substring(0, 10);
    if (selector.equals(ERROR_STRING_SELECTOR)) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      List<Type> decoded =
          FunctionReturnDecoder.decode(
              "0x" + hex.substring(10), (List) List.of(TypeReference.create(Utf8String.class)));
      if (!decoded.isEmpty()) {
        return "reverted with Error(\"" + decoded.get(0).getValue() + "\")";
      }
    }
    return "reverted with custom error "
        + selector
        + (data.length > 4
            ? " and arguments " + Numeric.toHexString(Arrays.copyOfRange(data, 4, data.length))
            : "");
  }
}
