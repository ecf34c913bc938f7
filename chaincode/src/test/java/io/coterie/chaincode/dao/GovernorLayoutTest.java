package io.coterie.chaincode.dao;

import static io.coterie.chaincode.dao.GovernorFixture.GOVERNOR;
import static io.coterie.chaincode.dao.GovernorFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** The slots an auditor reads with eth_getStorageAt hold what IGovernor.sol documents. */
class GovernorLayoutTest {
  private final GovernorFixture chain = new GovernorFixture();

  private static Word mappingSlot(String keyHex, long slot) {
    return Word.wrap(
        Hash.sha3(
            Numeric.hexStringToByteArray(
                keyHex + TypeEncoder.encode(new Uint256(BigInteger.valueOf(slot))))));
  }

  @Test
  void aProposalAndItsVotesSitWhereSolidityWouldPutThem() {
    long now = chain.block();
    BigInteger id = chain.propose(member(0), GovernorCalls.Proposal.signal("Layout"));
    chain.mine(2);
    chain.vote(member(1), id, VoteType.ABSTAIN);
    SortedMap<Word, Word> slots = chain.host.world().storageOf(GOVERNOR);
    String idHex = Numeric.toHexStringNoPrefixZeroPadded(id, 64);

    Word head = mappingSlot(idHex, 0);
    BigInteger expectedHead =
        member(0)
            .toBigInteger()
            .or(BigInteger.valueOf(now + 1).shiftLeft(160))
            .or(BigInteger.valueOf(20).shiftLeft(208));
    assertThat(slots.get(head)).isEqualTo(Word.of(expectedHead));
    Word votes = mappingSlot(idHex, 2);
    assertThat(slots.get(votes.plus(2))).isEqualTo(Word.of(1));
    String voterHex = Numeric.toHexStringNoPrefixZeroPadded(member(1).toBigInteger(), 64);
    Word hasVoted =
        Word.wrap(
            Hash.sha3(Numeric.hexStringToByteArray(voterHex + votes.plus(3).toHex().substring(2))));
    assertThat(slots.get(hasVoted)).isEqualTo(Word.of(1));
    assertThat(slots).hasSize(3);
  }

  @Test
  void initializeWritesTheSettingsSlots() {
    chain.call(GovernorFixture.ADMIN, GovernorCalls.initialize(2, 10, 3, 50, 0, 4));
    SortedMap<Word, Word> slots = chain.host.world().storageOf(GOVERNOR);

    assertThat(slots.get(Word.of(3))).isEqualTo(Word.of(3));
    assertThat(slots.get(Word.of(4))).isEqualTo(Word.of(2));
    assertThat(slots.get(Word.of(5))).isEqualTo(Word.of(10));
    assertThat(slots.get(Word.of(6))).isEqualTo(Word.of(1));
    assertThat(slots.get(Word.wrap(Hash.sha3(Word.of(6).bytes()))))
        .isEqualTo(Word.of(BigInteger.valueOf(50).shiftLeft(48)));
    assertThat(slots.get(Word.of(7))).isEqualTo(Word.of(1));
    assertThat(slots.get(Word.of(8))).isNull();
    assertThat(slots.get(Word.of(9))).isEqualTo(Word.of(4));
  }
}
