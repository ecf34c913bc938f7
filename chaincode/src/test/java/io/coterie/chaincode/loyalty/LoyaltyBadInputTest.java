package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.loyalty.LoyaltyFixture.ALICE;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.hex;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.support.TestHost;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/** Malformed calls to a token revert with a specific error and change nothing. */
class LoyaltyBadInputTest {
  private final LoyaltyFixture chain = new LoyaltyFixture();
  private final long id = chain.devnetProgram(NewProgram.coteriePoints());

  @Test
  void truncatedArgumentsRevertWithMalformedCalldata() {
    byte[] award = LoyaltyCalls.award(ALICE, 5, LoyaltyCalls.ref("a"));
    var before = chain.host.world().storageOf(token(id));

    Outcome outcome = chain.call(SHOP, token(id), Arrays.copyOf(award, award.length - 1));

    assertThat(hex(outcome))
        .isEqualTo(Numeric.toHexString(StandardErrors.MALFORMED_CALLDATA.encode()));
    assertThat(chain.host.world().storageOf(token(id))).isEqualTo(before);
  }

  @Test
  void dirtyAddressPaddingRevertsWithMalformedCalldata() {
    byte[] award = LoyaltyCalls.award(ALICE, 5, LoyaltyCalls.ref("a"));
    award[4] = 1;

    assertThat(hex(chain.call(SHOP, token(id), award)))
        .isEqualTo(Numeric.toHexString(StandardErrors.MALFORMED_CALLDATA.encode()));
  }

  @Test
  void valueAndStaticWritesAreRefused() {
    byte[] award = LoyaltyCalls.award(ALICE, 5, LoyaltyCalls.ref("a"));

    Outcome withValue =
        chain.host.run(SHOP, token(id), award, BigInteger.ONE, false, TestHost.DEFAULT_GAS);
    Outcome inStatic = chain.host.staticCall(SHOP, token(id), award);

    assertThat(hex(withValue))
        .isEqualTo(Numeric.toHexString(StandardErrors.NOT_PAYABLE.encode(AbiValues.uint256(1))));
    assertThat(hex(inStatic))
        .isEqualTo(
            Numeric.toHexString(
                StandardErrors.WRITE_IN_STATIC_CALL.encode(
                    AbiValues.bytes4(Selector.of("award(address,uint256,bytes32)")))));
  }

  @Test
  void anUnknownSelectorOnAnExistingTokenRevertsWithUnknownSelector() {
    Outcome outcome = chain.call(ALICE, token(id), Numeric.hexStringToByteArray("0x12345678"));

    assertThat(hex(outcome))
        .isEqualTo(
            Numeric.toHexString(
                StandardErrors.UNKNOWN_SELECTOR.encode(
                    AbiValues.bytes4(Selector.fromHex("0x12345678")))));
  }
}
