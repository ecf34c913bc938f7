package io.coterie.node.rpc.explorer;

import static io.coterie.node.rpc.explorer.ExplorerHtml.esc;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.chain.TxLocation;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Log;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The explorer's chain pages: the latest blocks, one block with its transactions, one transaction
 * with its receipt, decoded call and decoded events. Each reads the canonical chain once.
 */
final class ChainPages {
  static final int LATEST = 20;

  private final ChainReader chain;
  private final AbiCatalog abi;

  ChainPages(ChainReader chain, AbiCatalog abi) {
    this.chain = chain;
    this.abi = abi;
  }

  String latest(ExplorerHtml html) {
    long head = chain.head().number();
    List<List<String>> rows = new ArrayList<>();
    for (long n = head; n >= 0 && n > head - LATEST; n--) {
      Block block = chain.blockByNumber(n).orElseThrow();
      BlockHeader header = block.header();
      BlockSeals seals = BlockSeals.of(header);
      rows.add(
          List.of(
              html.block(n),
              html.link(
                  "/explorer/block/" + chain.hash(header).toHex(),
                  ExplorerHtml.shorten(chain.hash(header).toHex())),
              esc(ExplorerHtml.time(header.timestamp())),
              esc(block.transactions().size()),
              n == 0 ? "(genesis)" : html.address(seals.proposer()),
              addresses(html, seals.signers())));
    }
    return html.document(
        "Latest blocks",
        "<p>Head block #"
            + head
            + ".</p>"
            + ExplorerHtml.table(
                "blocks",
                List.of("Block", "Hash", "Time (UTC)", "Transactions", "Proposer", "Commit seals"),
                rows));
  }

  Optional<String> block(ExplorerHtml html, Block block) {
    BlockHeader header = block.header();
    BlockSeals seals = BlockSeals.of(header);
    List<List<String>> txs = new ArrayList<>();
    for (Transaction tx : block.transactions()) {
      txs.add(
          List.of(
              html.tx(tx.hash(), true),
              html.address(tx.sender()),
              to(html, tx),
              esc(callName(tx).orElse(tx.data().size() == 0 ? "" : "(unknown call)"))));
    }
    String body =
        ExplorerHtml.facts(
                "block",
                List.of(
                    List.of("Number", esc(header.number())),
                    List.of("Hash", esc(chain.hash(header).toHex())),
                    List.of("Parent", parent(html, header)),
                    List.of("Time (UTC)", esc(ExplorerHtml.time(header.timestamp()))),
                    List.of(
                        "Proposer",
                        header.number() == 0 ? "(genesis)" : html.address(seals.proposer())),
                    List.of("QBFT round", esc(seals.round())),
                    List.of("Commit seals", addresses(html, seals.signers())),
                    List.of("Gas used", esc(header.gasUsed() + " of " + header.gasLimit())),
                    List.of("State root", esc(header.stateRoot().toHex()))))
            + "<h2>Transactions ("
            + block.transactions().size()
            + ")</h2>"
            + ExplorerHtml.table("transactions", List.of("Hash", "From", "To", "Call"), txs);
    return Optional.of(html.document("Block #" + header.number(), body));
  }

  String transaction(ExplorerHtml html, TxLocation location) {
    Block block = chain.blockByHash(location.blockHash()).orElseThrow();
    Transaction tx = block.transactions().get(location.index());
    List<Receipt> receipts = chain.receipts(location.blockHash()).orElseThrow();
    Receipt receipt = receipts.get(location.index());
    long before =
        location.index() == 0 ? 0 : receipts.get(location.index() - 1).cumulativeGasUsed();
    Optional<AbiCatalog.Contract> contract = contract(tx);
    StringBuilder body = new StringBuilder();
    body.append(
        ExplorerHtml.facts(
            "transaction",
            List.of(
                List.of("Hash", esc(tx.hash().toHex())),
                List.of("Status", receipt.success() ? "success" : "failed (reverted)"),
                List.of("Block", html.block(location.blockNumber())),
                List.of("Index", esc(location.index())),
                List.of("From", html.address(tx.sender())),
                List.of(
                    "To", to(html, tx) + contract.map(c -> " (" + esc(c.name()) + ")").orElse("")),
                List.of("Nonce", esc(tx.nonce())),
                List.of("Value (wei)", esc(tx.value())),
                List.of(
                    "Gas used",
                    esc((receipt.cumulativeGasUsed() - before) + " of " + tx.gasLimit())))));
    body.append("<h2>Call</h2>");
    Optional<AbiDecoding.Decoded> call = contract.flatMap(c -> AbiDecoding.call(c, tx.data()));
    if (call.isPresent()) {
      body.append(decoded("call", call.get()));
    } else {
      body.append("<p id=\"call\">")
          .append(
              tx.data().size() == 0
                  ? "No call data."
                  : "Not a known chaincode call: " + esc(tx.data().toHex()))
          .append("</p>");
    }
    body.append("<h2>Events (").append(receipt.logs().size()).append(")</h2>");
    int index = 0;
    for (Log log : receipt.logs()) {
      Optional<AbiDecoding.Decoded> event =
          abi.at(log.address()).flatMap(c -> AbiDecoding.event(c, log));
      body.append("<section class=\"event\"><p>Log ")
          .append(index++)
          .append(" from ")
          .append(html.address(log.address()))
          .append("</p>");
      body.append(
          event
              .map(e -> decoded("event", e))
              .orElse(
                  "<p>Not a known chaincode event: topics "
                      + esc(
                          log.topics().stream()
                              .map(h -> h.toHex())
                              .collect(Collectors.joining(", ")))
                      + ", data "
                      + esc(log.data().toHex())
                      + "</p>"));
      body.append("</section>");
    }
    return html.document("Transaction " + ExplorerHtml.shorten(tx.hash().toHex()), body.toString());
  }

  private static String decoded(String kind, AbiDecoding.Decoded decoded) {
    List<List<String>> rows = new ArrayList<>();
    for (AbiDecoding.Field field : decoded.fields()) {
      rows.add(List.of(esc(field.name()), esc(field.type()), esc(field.value())));
    }
    return "<p class=\""
        + kind
        + "\"><strong>"
        + esc(decoded.name())
        + "</strong> <code>"
        + esc(decoded.signature())
        + "</code></p>"
        + ExplorerHtml.table(kind + "-" + decoded.name(), List.of("Name", "Type", "Value"), rows);
  }

  private Optional<AbiCatalog.Contract> contract(Transaction tx) {
    return tx.destination() instanceof Destination.Call call ? abi.at(call.to()) : Optional.empty();
  }

  private Optional<String> callName(Transaction tx) {
    return contract(tx).flatMap(c -> AbiCatalog.function(c, tx.data())).map(AbiCatalog.Entry::name);
  }

  private String parent(ExplorerHtml html, BlockHeader header) {
    return header.number() == 0
        ? esc(header.parentHash().toHex())
        : html.link("/explorer/block/" + (header.number() - 1), header.parentHash().toHex());
  }

  private static String to(ExplorerHtml html, Transaction tx) {
    return tx.destination() instanceof Destination.Call call
        ? html.address(call.to())
        : "(creation)";
  }

  private static String addresses(ExplorerHtml html, List<Address> list) {
    return list.isEmpty()
        ? "none"
        : list.stream().map(html::address).collect(Collectors.joining("<br>"));
  }
}
