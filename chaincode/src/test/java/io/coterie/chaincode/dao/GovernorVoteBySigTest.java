package io.coterie.chaincode.dao;

import static io.coterie.chaincode.dao.GovernorFixture.ADMIN;
import static io.coterie.chaincode.dao.GovernorFixture.GOVERNOR;
import static io.coterie.chaincode.dao.GovernorFixture.MEMBER_KEYS;
import static io.coterie.chaincode.dao.GovernorFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.Bytes1;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;
import org.web3j.utils.Numeric;

/**
 * Gasless votes: ballots signed as EIP-712 typed data by web3j's own encoder (as a wallet's
 * eth_signTypedData_v4 would) and relayed by someone else.
 */
class GovernorVoteBySigTest {
  private static final BigInteger N =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);

  private final GovernorFixture chain = new GovernorFixture();
  private BigInteger id;

  @BeforeEach
  void activeProposal() {
    id = chain.propose(member(0), GovernorCalls.Proposal.signal("Vote by signature"));
    chain.mine(2);
  }

  private static String domainJson() {
    return """
        "domain": {"name": "Coterie DAO", "version": "1", "chainId": 1337,
                   "verifyingContract": "%s"}"""
        .formatted(GOVERNOR.toHex());
  }

  private static final String DOMAIN_TYPE =
      """
      "EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
        {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}]""";

  static byte[] signBallot(Credentials key, BigInteger proposalId, int support, long nonce) {
    String json =
        """
        {"types": {%s,
           "Ballot": [{"name": "proposalId", "type": "uint256"}, {"name": "support", "type": "uint8"},
                      {"name": "voter", "type": "address"}, {"name": "nonce", "type": "uint256"}]},
         "primaryType": "Ballot", %s,
         "message": {"proposalId": "%s", "support": %d, "voter": "%s", "nonce": %d}}"""
            .formatted(DOMAIN_TYPE, domainJson(), proposalId, support, key.getAddress(), nonce);
    return sign(key, json);
  }

  static byte[] signExtendedBallot(
      Credentials key,
      BigInteger proposalId,
      int support,
      long nonce,
      String reason,
      String paramsHex) {
    String json =
        """
        {"types": {%s,
           "ExtendedBallot": [{"name": "proposalId", "type": "uint256"}, {"name": "support", "type": "uint8"},
                      {"name": "voter", "type": "address"}, {"name": "nonce", "type": "uint256"},
                      {"name": "reason", "type": "string"}, {"name": "params", "type": "bytes"}]},
         "primaryType": "ExtendedBallot", %s,
         "message": {"proposalId": "%s", "support": %d, "voter": "%s", "nonce": %d,
                     "reason": "%s", "params": "%s"}}"""
            .formatted(
                DOMAIN_TYPE,
                domainJson(),
                proposalId,
                support,
                key.getAddress(),
                nonce,
                reason,
                paramsHex);
    return sign(key, json);
  }

  private static byte[] sign(Credentials key, String typedDataJson) {
    try {
      byte[] digest = new StructuredDataEncoder(typedDataJson).hashStructuredData();
      Sign.SignatureData sig = Sign.signMessage(digest, key.getEcKeyPair(), false);
      byte[] out = new byte[65];
      System.arraycopy(sig.getR(), 0, out, 0, 32);
      System.arraycopy(sig.getS(), 0, out, 32, 32);
      out[64] = sig.getV()[0];
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aRelayerCastsAMembersSignedVoteAndTheNonceMovesOn() {
    byte[] signature = signBallot(MEMBER_KEYS.get(2), id, 1, 0);

    Outcome outcome = chain.call(ADMIN, GovernorCalls.castVoteBySig(id, 1, member(2), signature));

    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    assertThat(new BigInteger(1, outcome.result().data())).isOne();
    assertThat(outcome.logs().get(0).topics())
        .containsExactly(
            Word.keccak("VoteCast(address,uint256,uint8,uint256,string)"), Word.of(member(2)));
    assertThat(chain.view(GovernorCalls.hasVoted(id, member(2))))
        .isEqualTo(AbiValues.encode(AbiValues.bool(true)));
    assertThat(chain.view(GovernorCalls.hasVoted(id, ADMIN)))
        .isEqualTo(AbiValues.encode(AbiValues.bool(false)));
    assertThat(chain.uintView(GovernorCalls.nonces(member(2)))).isOne();
  }

  @Test
  void aReplayedSignatureNoLongerMatchesAndIsRefused() {
    byte[] signature = signBallot(MEMBER_KEYS.get(2), id, 1, 0);
    chain.call(ADMIN, GovernorCalls.castVoteBySig(id, 1, member(2), signature));

    Outcome replay = chain.call(ADMIN, GovernorCalls.castVoteBySig(id, 1, member(2), signature));

    assertThat(replay.result().data())
        .isEqualTo(GovernorErrors.INVALID_SIGNATURE.encode(AbiValues.address(member(2))));
    assertThat(chain.uintView(GovernorCalls.nonces(member(2)))).isOne();
  }

  @Test
  void aSignatureBySomeoneElseOrForAnotherChoiceIsRefused() {
    byte[] byMember3 = signBallot(MEMBER_KEYS.get(3), id, 1, 0);
    byte[] forAgainst = signBallot(MEMBER_KEYS.get(2), id, 0, 0);

    Outcome impostor = chain.call(ADMIN, GovernorCalls.castVoteBySig(id, 1, member(2), byMember3));
    Outcome flipped = chain.call(ADMIN, GovernorCalls.castVoteBySig(id, 1, member(2), forAgainst));

    assertThat(impostor.result().data())
        .isEqualTo(GovernorErrors.INVALID_SIGNATURE.encode(AbiValues.address(member(2))));
    assertThat(flipped.result().data())
        .isEqualTo(GovernorErrors.INVALID_SIGNATURE.encode(AbiValues.address(member(2))));
    assertThat(chain.uintView(GovernorCalls.nonces(member(2)))).isZero();
  }

  @Test
  void malleableHighSAndBadVAndShortSignaturesAreRefusedAsOzEcdsaDoes() {
    byte[] signature = signBallot(MEMBER_KEYS.get(2), id, 1, 0);
    byte[] highS = signature.clone();
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
    System.arraycopy(Numeric.toBytesPadded(N.subtract(s), 32), 0, highS, 32, 32);
    highS[64] = (byte) (signature[64] == 27 ? 28 : 27);
    byte[] badV = signature.clone();
    badV[64] = 1;
    byte[] shortSig = Arrays.copyOf(signature, 64);

    for (byte[] bad : new byte[][] {highS, badV, shortSig}) {
      Outcome outcome = chain.call(ADMIN, GovernorCalls.castVoteBySig(id, 1, member(2), bad));
      assertThat(outcome.result().data())
          .isEqualTo(GovernorErrors.INVALID_SIGNATURE.encode(AbiValues.address(member(2))));
    }
    assertThat(
            chain.call(ADMIN, GovernorCalls.castVoteBySig(id, 1, member(2), signature)).succeeded())
        .isTrue();
  }

  @Test
  void anExtendedBallotCarriesReasonAndParams() {
    byte[] signature =
        signExtendedBallot(MEMBER_KEYS.get(4), id, 2, 0, "abstain, see forum", "0x0102");

    Outcome outcome =
        chain.call(
            ADMIN,
            GovernorCalls.castVoteWithReasonAndParamsBySig(
                id, 2, member(4), "abstain, see forum", new byte[] {1, 2}, signature));

    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    assertThat(outcome.logs().get(0).topics())
        .containsExactly(
            Word.keccak("VoteCastWithParams(address,uint256,uint8,uint256,string,bytes)"),
            Word.of(member(4)));
    assertThat(chain.uintView(GovernorCalls.uintArg("proposalVotes", id)))
        .isEqualTo(BigInteger.ONE); // abstain is the last word
  }

  @Test
  void eip712DomainDescribesTheSigningDomain() {
    assertThat(chain.view(GovernorCalls.noArgs("eip712Domain")))
        .isEqualTo(
            AbiValues.encode(
                new Bytes1(new byte[] {0x0f}),
                AbiValues.string("Coterie DAO"),
                AbiValues.string("1"),
                AbiValues.uint256(1337),
                AbiValues.address(GOVERNOR),
                new Bytes32(new byte[32]),
                new DynamicArray<>(Uint256.class, java.util.List.of())));
  }

  @Test
  void supportsErc165AndOzIGovernorOnly() {
    assertThat(chain.uintView(GovernorCalls.supportsInterface("0x01ffc9a7"))).isOne();
    assertThat(
            chain.uintView(
                GovernorCalls.supportsInterface(GovernorPrecompile.IGOVERNOR_ID.toHex())))
        .isOne();
    assertThat(chain.uintView(GovernorCalls.supportsInterface("0xffffffff"))).isZero();
    assertThat(chain.uintView(GovernorCalls.supportsInterface("0x7965db0b"))).isZero();
  }

  @Test
  void aTamperedSignatureIsRefused() {
    ChainAddress voter = member(5);
    byte[] signature = signBallot(MEMBER_KEYS.get(5), id, 1, 0);
    byte[] tampered = signature.clone();
    tampered[0] ^= 1;

    Outcome outcome = chain.call(ADMIN, GovernorCalls.castVoteBySig(id, 1, voter, tampered));

    assertThat(outcome.result().data())
        .isEqualTo(GovernorErrors.INVALID_SIGNATURE.encode(AbiValues.address(voter)));
  }
}
