package io.coterie.node.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.chaincode.provenance.ProvenanceLayout;
import io.coterie.chaincode.spi.Word;
import io.coterie.node.cli.CliException;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.state.Account;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.BlockHeaderCodec;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Gathers a {@link ProofBundle} over JSON-RPC ({@code eth_getBlockByNumber}, {@code
 * qbft_getValidatorsByBlockNumber}, {@code eth_getProof}), all at one block number. It trusts
 * nothing it fetches: {@link ProofBundleValidator} checks the bundle afterwards.
 */
public final class ProofBundleFetcher {
  /** {@code eth_getProof} takes at most this many keys per call (as the node serves it). */
  static final int KEYS_PER_CALL = 1_024;

  /** A lot record larger than this many slots is refused rather than fetched without end. */
  static final int MAX_LOT_SLOTS = 50_000;

  private final JsonRpcClient rpc;

  public ProofBundleFetcher(JsonRpcClient rpc) {
    this.rpc = rpc;
  }

  /** {@code slots} of {@code address} at {@code block} (empty: the latest block). */
  public ProofBundle slots(Optional<Long> block, Address address, List<Hash> slots) {
    Block at = block(block);
    Proofs proofs = new Proofs(address, at);
    proofs.fetch(slots);
    return proofs.bundle(at, Optional.empty());
  }

  /**
   * The slots that make up lot {@code lotId}'s record: whatever the chaincode's reader reads to
   * decode its trace, found by reading, fetching the proofs of the slots it lacked, and reading
   * again until nothing is missing.
   */
  public ProofBundle lot(Optional<Long> block, Hash lotId) {
    Block at = block(block);
    Address provenance = Address.wrap(ProvenanceLayout.ADDRESS.bytes());
    Proofs proofs = new Proofs(provenance, at);
    Word id = Word.wrap(lotId.toArray());
    while (true) {
      LotReader.Reading reading;
      try {
        reading = LotReader.read(proofs.values, id);
      } catch (LotReader.UndecodableLot e) {
        throw CliException.failed(e.getMessage() + " (at block " + at.number() + ")");
      }
      if (reading.missing().isEmpty()) {
        if (reading.trace().isEmpty()) {
          throw CliException.failed(
              "no lot "
                  + lotId
                  + " is recorded at block "
                  + at.number()
                  + "; check the id (the Provenance precompile's lotIdOf(gtin, lot)) and that"
                  + " --block is at or after the lot's commissioning");
        }
        return proofs.bundle(
            at, Optional.of(new ProofBundle.LotRecord(lotId, reading.trace().get())));
      }
      if (proofs.values.size() + reading.missing().size() > MAX_LOT_SLOTS) {
        throw CliException.failed(
            "lot " + lotId + "'s record spans more than " + MAX_LOT_SLOTS + " slots; not fetched");
      }
      proofs.fetch(hashes(reading.missing()));
    }
  }

  private static List<Hash> hashes(SortedSet<Word> words) {
    List<Hash> out = new ArrayList<>();
    words.forEach(w -> out.add(Hash.wrap(w.bytes())));
    return out;
  }

  private record Block(long number, Hash hash, BlockHeader header, List<Address> validators) {
    String tag() {
      return Quantity.encode(number);
    }
  }

  private Block block(Optional<Long> number) {
    String tag = number.map(Quantity::encode).orElse("latest");
    JsonNode json = rpc.call("eth_getBlockByNumber", tag, false);
    if (json.isNull()) {
      long head = Quantity.decodeLong(rpc.call("eth_blockNumber").asText());
      throw CliException.failed(
          "block "
              + number.orElseThrow()
              + " is not on the chain at "
              + rpc.url()
              + ", whose head is block "
              + head
              + "; choose --block within 0.."
              + head);
    }
    BlockHeader header = HeaderJson.decode(json);
    Hash hash = HeaderJson.field(json, "hash", Hash::fromHex);
    List<Address> validators = new ArrayList<>();
    for (JsonNode validator :
        rpc.call("qbft_getValidatorsByBlockNumber", Quantity.encode(header.number()))) {
      validators.add(Address.fromHex(validator.asText()));
    }
    return new Block(header.number(), hash, header, validators);
  }

  /** The account and the slots proven so far, all at one block. */
  private final class Proofs {
    private final Address address;
    private final Block at;
    private Account account;
    private List<Bytes> accountProof = List.of();
    private final SortedMap<Word, Word> values = new TreeMap<>();
    private final List<ProofBundle.SlotProof> slots = new ArrayList<>();

    Proofs(Address address, Block at) {
      this.address = address;
      this.at = at;
    }

    void fetch(List<Hash> keys) {
      int from = 0;
      do {
        List<Hash> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_CALL));
        from += chunk.size();
        List<String> hex = chunk.stream().map(Hash::toHex).toList();
        JsonNode proof = rpc.call("eth_getProof", address.toHex(), hex, at.tag());
        if (account == null) {
          account =
              new Account(
                  word(proof, "nonce").longValueExact(),
                  word(proof, "balance"),
                  Hash.wrap(padded(word(proof, "storageHash"))),
                  Hash.wrap(padded(word(proof, "codeHash"))));
          accountProof = nodes(proof.path("accountProof"));
        }
        for (JsonNode entry : proof.path("storageProof")) {
          Hash key = Hash.wrap(padded(word(entry, "key")));
          BigInteger value = word(entry, "value");
          slots.add(new ProofBundle.SlotProof(key, value, nodes(entry.path("proof"))));
          values.put(Word.wrap(key.toArray()), Word.of(value));
        }
      } while (from < keys.size());
    }

    ProofBundle bundle(Block block, Optional<ProofBundle.LotRecord> lot) {
      return new ProofBundle(
          block.number(),
          block.hash(),
          Bytes.of(BlockHeaderCodec.encode(block.header())),
          block.validators(),
          address,
          account,
          accountProof,
          slots,
          lot);
    }
  }

  private static List<Bytes> nodes(JsonNode array) {
    List<Bytes> out = new ArrayList<>();
    for (JsonNode node : array) {
      out.add(Bytes.fromHex(node.asText()));
    }
    return out;
  }

  /** A hex quantity or 32-byte word, leniently: nodes differ in leading zeros. */
  private static BigInteger word(JsonNode parent, String field) {
    String text = parent.path(field).asText("");
    String digits = text.startsWith("0x") ? text.substring(2) : "";
    try {
      BigInteger value = new BigInteger(digits.isEmpty() ? "0" : digits, 16);
      if (digits.isEmpty() && !text.equals("0x") || value.signum() < 0 || value.bitLength() > 256) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw CliException.failed("eth_getProof answered a bad " + field + " '" + text + "'");
    }
  }

  private static byte[] padded(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[32];
    int length = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - length, out, 32 - length, length);
    return out;
  }
}
