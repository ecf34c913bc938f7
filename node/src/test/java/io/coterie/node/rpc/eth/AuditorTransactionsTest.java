package io.coterie.node.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.execution.BlockVerdict;
import io.coterie.node.rpc.json.Data;
import io.coterie.node.txpool.AddResult;
import io.coterie.node.txpool.TxRejection;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AUDITOR_ROLE is read-only as a rule of the chain: devnet account #3's transactions are refused by
 * the pool (and so by eth_sendRawTransaction), left out by the proposer, and a block that carries
 * one anyway is invalid for every validator that re-executes it.
 */
class AuditorTransactionsTest {
  private static final int AUDITOR = 3;
  private static final int MEMBER = 4;

  @TempDir Path dir;
  ChainFixture fx;
  final Address sink = Address.fromHex("0x00000000000000000000000000000000000000aa");

  @BeforeEach
  void start() {
    fx = new ChainFixture(dir);
  }

  private String readOnly() {
    return "account "
        + ChainFixture.address(AUDITOR)
        + " holds AUDITOR_ROLE, which is read-only: auditors may not send transactions on this"
        + " chain; send from another account (an auditor's key is for reading and logging in)";
  }

  @Test
  void thePoolRefusesAnAuditorsTransactionSayingToUseAnotherAccount() {
    AddResult result = fx.chain.pool.add(ChainFixture.transfer(AUDITOR, 0, sink, 1));
    assertThat(result).isInstanceOf(AddResult.Rejected.class);
    assertThat(((AddResult.Rejected) result).reason()).isEqualTo(TxRejection.READ_ONLY_ROLE);
    assertThat(fx.chain.pool.add(ChainFixture.transfer(MEMBER, 0, sink, 1)))
        .isInstanceOf(AddResult.Added.class);
  }

  @Test
  void sendRawTransactionAnswersThePoolsReason() {
    String raw = Data.encode(TransactionCodec.encode(ChainFixture.transfer(AUDITOR, 0, sink, 1)));
    assertThat(fx.rpc.error("eth_sendRawTransaction", raw).get("message").textValue())
        .isEqualTo(readOnly());
  }

  @Test
  void aProposerLeavesAnAuditorsTransactionOut() {
    Transaction auditor = ChainFixture.transfer(AUDITOR, 0, sink, 1);
    Transaction member = ChainFixture.transfer(MEMBER, 0, sink, 1);
    assertThat(fx.chain.build(auditor, member).transactions()).containsExactly(member);
  }

  @Test
  void aBlockCarryingAnAuditorsTransactionIsInvalid() {
    Block honest = fx.chain.build();
    assertThat(fx.chain.verify(honest)).isInstanceOf(BlockVerdict.Valid.class);
    Transaction auditor = ChainFixture.transfer(AUDITOR, 0, sink, 1);
    Block forged = new Block(honest.header(), List.of(auditor));

    BlockVerdict verdict = fx.chain.verify(forged);

    assertThat(verdict).isInstanceOf(BlockVerdict.Invalid.class);
    assertThat(((BlockVerdict.Invalid) verdict).reason())
        .isEqualTo(
            "transaction 0 "
                + auditor.hash()
                + ": account "
                + ChainFixture.address(AUDITOR)
                + " holds AUDITOR_ROLE, which is read-only: it may not transact");
  }
}
