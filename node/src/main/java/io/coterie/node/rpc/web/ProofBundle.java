package io.coterie.node.rpc.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.node.chain.ChainReader;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.execution.ChaincodeValues;
import io.coterie.node.rpc.eth.EthGetProof;
import io.coterie.node.state.WorldState;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.BlockHeaderCodec;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code GET /trace-proof/…?block=N}: everything a browser needs to check a trace page without
 * trusting the node that served it, as the JSON-RPC methods would give it: the block's header as
 * RLP (with its QBFT extraData and commit seals, as {@code eth_getBlockByNumber} describes it), the
 * validators of that height ({@code qbft_getValidatorsByBlockNumber}), and per account the page
 * read an EIP-1186 proof of every slot it read ({@code eth_getProof}). One GET, so the page needs
 * no JSON-RPC access and no token; the node serves only words the page itself shows.
 */
final class ProofBundle {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ProofBundle() {}

  static ObjectNode of(
      ChainReader chain, BlockHeader header, SortedMap<ChainAddress, SortedMap<Word, Word>> reads) {
    ObjectNode bundle = JSON.objectNode();
    bundle.put("blockNumber", header.number());
    bundle.put("blockHash", chain.hash(header).toHex());
    bundle.put("header", Bytes.toHex(BlockHeaderCodec.encode(header)));
    ArrayNode validators = bundle.putArray("validators");
    QbftExtraDataCodec.decode(header.extraData().toArray())
        .validators()
        .forEach(v -> validators.add(v.toHex()));
    WorldState state = chain.stateAt(header);
    ArrayNode accounts = bundle.putArray("accounts");
    for (Map.Entry<ChainAddress, SortedMap<Word, Word>> account : reads.entrySet()) {
      Address address = ChaincodeValues.toNode(account.getKey());
      List<Hash> slots = account.getValue().keySet().stream().map(ChaincodeValues::slot).toList();
      accounts.add(EthGetProof.toJson(state.getProof(address, slots)));
    }
    return bundle;
  }
}
