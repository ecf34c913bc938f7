package io.coterie.node.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.genesis.devnet.DevAccounts;
import io.coterie.node.crypto.Keccak;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Accounts made for one run and admitted by the devnet's admin (#0 grants them MEMBER_ROLE, which
 * the chain requires of senders) before the clock starts, as an outside client measuring the chain
 * would: their state, pool queues and role slots are new to the node.
 */
final class FreshSenders {
  private static final Address ROLES = Address.of(0x1000);
  private static final byte[] GRANT_ROLE = selector("grantRole(bytes32,address)");
  private static final byte[] MEMBER_ROLE =
      Keccak.hash("MEMBER_ROLE".getBytes(StandardCharsets.US_ASCII));
  private static final int ADMIT_BATCH = 500;

  private FreshSenders() {}

  static List<TransactionSigner> admit(RpcClient rpc, long chainId, int count, int timeoutSeconds)
      throws IOException, InterruptedException {
    SecureRandom random = new SecureRandom();
    List<TransactionSigner> senders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      senders.add(new TransactionSigner(PrivateKey.random(random), chainId));
    }
    TransactionSigner admin =
        new TransactionSigner(
            PrivateKey.fromBigInteger(DevAccounts.accounts().get(0).privateKey()), chainId);
    long nonce =
        Long.decode(
            rpc.call("eth_getTransactionCount", admin.address().toHex(), "pending").asText());
    List<String> hashes = new ArrayList<>();
    for (int from = 0; from < count; from += ADMIT_BATCH) {
      List<ObjectNode> batch = new ArrayList<>();
      for (int i = from; i < Math.min(count, from + ADMIT_BATCH); i++) {
        Transaction grant =
            admin.dynamicFee(
                nonce++,
                BigInteger.ZERO,
                BigInteger.ZERO,
                200_000,
                Destination.call(ROLES),
                BigInteger.ZERO,
                grantCalldata(senders.get(i).address()),
                List.of());
        batch.add(
            rpc.request("eth_sendRawTransaction", Bytes.toHex(TransactionCodec.encode(grant))));
        hashes.add(grant.hash().toHex());
      }
      for (JsonNode answer : rpc.batch(batch)) {
        if (answer.has("error")) {
          throw new IOException("the admin could not grant MEMBER_ROLE: " + answer.get("error"));
        }
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    for (String hash : hashes) {
      JsonNode receipt;
      while ((receipt = rpc.call("eth_getTransactionReceipt", hash)).isNull()) {
        if (System.nanoTime() > deadline) {
          throw new IOException("grantRole " + hash + " not included in " + timeoutSeconds + " s");
        }
        Thread.sleep(50);
      }
      if (!receipt.get("status").asText().equals("0x1")) {
        throw new IOException("grantRole " + hash + " failed: is account #0 the roles admin?");
      }
    }
    return senders;
  }

  private static Bytes grantCalldata(Address member) {
    ByteBuffer data = ByteBuffer.allocate(4 + 32 + 32);
    data.put(GRANT_ROLE).put(MEMBER_ROLE).put(new byte[12]).put(member.toArray());
    return Bytes.of(data.array());
  }

  private static byte[] selector(String signature) {
    byte[] hash = Keccak.hash(signature.getBytes(StandardCharsets.US_ASCII));
    return new byte[] {hash[0], hash[1], hash[2], hash[3]};
  }
}
