package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.ALICE;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.ALICE_KEY;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.BOB;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.CAROL;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.hex;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes1;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;
import org.web3j.utils.Numeric;

/**
 * ERC-2612 permits signed with web3j's independent EIP-712 encoder, as a wallet would sign them.
 */
class LoyaltyPermitTest {
  private static final BigInteger HALF_N = Sign.CURVE_PARAMS.getN().shiftRight(1);

  private final LoyaltyFixture chain = new LoyaltyFixture();
  private final long id = chain.devnetProgram(NewProgram.coteriePoints());
  private final Credentials alice = Credentials.create(ALICE_KEY);
  private final long deadline = chain.host.block().timestampSeconds() + 3_600;

  @Test
  void domainSeparatorIsTheEip712DomainOfOpenZeppelinsErc20Permit() throws IOException {
    StructuredDataEncoder encoder = new StructuredDataEncoder(typedData(BOB, 500, 0, deadline));

    assertThat(Numeric.toHexString(chain.view(token(id), LoyaltyCalls.domainSeparator())))
        .isEqualTo(Numeric.toHexString(encoder.hashDomain()));
    assertThat(Credentials.create(ALICE_KEY).getAddress()).isEqualTo(ALICE.toHex());
  }

  @Test
  void aSignedPermitSetsTheAllowanceAndUsesTheNonce() throws IOException {
    Sign.SignatureData sig = sign(BOB, 500, 0, deadline);

    Outcome outcome = chain.ok(CAROL, token(id), permit(BOB, 500, deadline, sig));

    assertThat(outcome.logs()).hasSize(1);
    assertThat(outcome.logs().get(0).topics())
        .containsExactly(
            Word.keccak("Approval(address,address,uint256)"), Word.of(ALICE), Word.of(BOB));
    assertThat(LoyaltyCalls.decodeUint(chain.view(token(id), LoyaltyCalls.allowance(ALICE, BOB))))
        .isEqualTo(500);
    assertThat(LoyaltyCalls.decodeUint(chain.view(token(id), LoyaltyCalls.nonces(ALICE))))
        .isEqualTo(1);
  }

  @Test
  void aReplayedPermitRecoversAnotherSignerAndReverts() throws IOException {
    Sign.SignatureData sig = sign(BOB, 500, 0, deadline);
    chain.ok(CAROL, token(id), permit(BOB, 500, deadline, sig));

    Outcome replay = chain.call(CAROL, token(id), permit(BOB, 500, deadline, sig));

    String data = hex(replay);
    assertThat(data)
        .startsWith(LoyaltyErrors.ERC2612_INVALID_SIGNER.selector().toHex())
        .endsWith(Word.of(ALICE).toHex().substring(2));
  }

  @Test
  void anExpiredPermitReverts() throws IOException {
    Sign.SignatureData sig = sign(BOB, 500, 0, deadline);
    chain.host.advanceSeconds(3_601);

    Outcome outcome = chain.call(CAROL, token(id), permit(BOB, 500, deadline, sig));

    assertThat(hex(outcome))
        .isEqualTo(
            Numeric.toHexString(LoyaltyErrors.ERC2612_EXPIRED_SIGNATURE.encode(uint256(deadline))));
  }

  @Test
  void malformedSignaturesRevertWithOzEcdsaErrors() throws IOException {
    Sign.SignatureData sig = sign(BOB, 500, 0, deadline);
    BigInteger s = new BigInteger(1, sig.getS());
    BigInteger highS = Sign.CURVE_PARAMS.getN().subtract(s);
    Sign.SignatureData malleable =
        new Sign.SignatureData(
            (byte) (sig.getV()[0] == 27 ? 28 : 27), sig.getR(), Numeric.toBytesPadded(highS, 32));
    Sign.SignatureData badV = new Sign.SignatureData((byte) 29, sig.getR(), sig.getS());

    Outcome high = chain.call(CAROL, token(id), permit(BOB, 500, deadline, malleable));
    Outcome wrongV = chain.call(CAROL, token(id), permit(BOB, 500, deadline, badV));

    assertThat(highS).isGreaterThan(HALF_N);
    assertThat(hex(high))
        .isEqualTo(
            Numeric.toHexString(
                LoyaltyErrors.ECDSA_INVALID_SIGNATURE_S.encode(bytes32(Word.of(highS)))));
    assertThat(hex(wrongV))
        .isEqualTo(Numeric.toHexString(LoyaltyErrors.ECDSA_INVALID_SIGNATURE.encode()));
  }

  @Test
  void eip712DomainDescribesTheDomainPerErc5267() {
    List<Type> domain =
        AbiCalls.decode(
            chain.view(token(id), LoyaltyCalls.eip712Domain()),
            new TypeReference<Bytes1>() {},
            new TypeReference<Utf8String>() {},
            new TypeReference<Utf8String>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Address>() {},
            new TypeReference<Bytes32>() {},
            new TypeReference<DynamicArray<Uint256>>() {});

    assertThat(((byte[]) domain.get(0).getValue())[0]).isEqualTo((byte) 0x0f);
    assertThat(domain.get(1).getValue()).isEqualTo("Coterie Points");
    assertThat(domain.get(2).getValue()).isEqualTo("1");
    assertThat(domain.get(3).getValue()).isEqualTo(BigInteger.valueOf(1337));
    assertThat(domain.get(4).getValue()).isEqualTo(token(id).toHex());
    assertThat((List<?>) domain.get(6).getValue()).isEmpty();
  }

  private Sign.SignatureData sign(ChainAddress spender, long value, long nonce, long dl)
      throws IOException {
    byte[] digest =
        new StructuredDataEncoder(typedData(spender, value, nonce, dl)).hashStructuredData();
    return Sign.signMessage(digest, alice.getEcKeyPair(), false);
  }

  private static byte[] permit(ChainAddress spender, long value, long dl, Sign.SignatureData sig) {
    return AbiCalls.fn(
        "permit",
        AbiCalls.addr(ALICE),
        AbiCalls.addr(spender),
        AbiCalls.u256(value),
        AbiCalls.u256(dl),
        new Uint8(Byte.toUnsignedInt(sig.getV()[0])),
        new Bytes32(sig.getR()),
        new Bytes32(sig.getS()));
  }

  private String typedData(ChainAddress spender, long value, long nonce, long dl) {
    return """
        {"types":{
          "EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},
                          {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
          "Permit":[{"name":"owner","type":"address"},{"name":"spender","type":"address"},
                    {"name":"value","type":"uint256"},{"name":"nonce","type":"uint256"},
                    {"name":"deadline","type":"uint256"}]},
         "primaryType":"Permit",
         "domain":{"name":"Coterie Points","version":"1","chainId":1337,"verifyingContract":"%s"},
         "message":{"owner":"%s","spender":"%s","value":%d,"nonce":%d,"deadline":%d}}
        """
        .formatted(token(id).toHex(), ALICE.toHex(), spender.toHex(), value, nonce, dl);
  }
}
