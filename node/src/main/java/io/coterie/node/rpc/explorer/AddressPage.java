package io.coterie.node.rpc.explorer;

import static io.coterie.node.rpc.explorer.ExplorerHtml.esc;

import io.coterie.chaincode.consent.ConsentPrecompile;
import io.coterie.chaincode.consent.ConsentReader;
import io.coterie.chaincode.consent.ConsentRecord;
import io.coterie.chaincode.loyalty.LoyaltyAddresses;
import io.coterie.chaincode.loyalty.LoyaltyReader;
import io.coterie.chaincode.loyalty.Program;
import io.coterie.chaincode.membership.CardsReader;
import io.coterie.chaincode.membership.MembershipAddresses;
import io.coterie.chaincode.membership.MembershipLayout;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import io.coterie.node.chain.ChainReader;
import io.coterie.node.execution.ReadOnlyWorldStorage;
import io.coterie.node.state.Account;
import io.coterie.node.state.WorldState;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Log;
import io.coterie.node.types.Receipt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * An address at the head block: balance and nonce, the roles it holds, its points in every existing
 * loyalty program, the membership cards it holds and the consents it granted (found from the
 * Consent precompile's {@code ConsentGranted} logs of the last {@link #CONSENT_WINDOW} blocks, then
 * read from state, so a withdrawal or expiry shows). An address with none of these is unknown.
 */
final class AddressPage {
  static final long CONSENT_WINDOW = 10_000;
  private static final int MAX_LISTED = 256;
  private static final Hash CONSENT_GRANTED =
      Hash.keccak(
          "ConsentGranted(address,address,bytes32,bytes32,uint64,uint64,string,uint256)"
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private final ChainReader chain;
  private final RolesReader roles;
  private final LoyaltyReader loyalty = new LoyaltyReader();
  private final CardsReader cards = new CardsReader();
  private final ConsentReader consents = new ConsentReader();

  AddressPage(ChainReader chain, RolesReader roles) {
    this.chain = chain;
    this.roles = roles;
  }

  /** The page, or empty when the address is unknown at the head block. */
  Optional<String> render(ExplorerHtml html, Address address) {
    BlockHeader head = chain.head();
    WorldState state = chain.stateAt(head);
    WorldStorage storage = new ReadOnlyWorldStorage(state);
    ChainAddress who = ChainAddress.wrap(address.toArray());
    Optional<Account> account = state.account(address);
    List<String> held = new ArrayList<>();
    for (StandardRoles.NamedRole role : StandardRoles.ALL) {
      if (roles.hasRole(storage, role.id(), who)) {
        held.add(role.name());
      }
    }
    List<List<String>> points = new ArrayList<>();
    boolean holdsPoints = false;
    long programs = Math.min(loyalty.programCount(storage), MAX_LISTED);
    for (long id = 0; id < programs; id++) {
      Optional<Program> program = loyalty.program(storage, id);
      if (program.isEmpty()) {
        continue;
      }
      BigInteger balance = loyalty.balanceOf(storage, id, who, head.timestamp());
      holdsPoints |= balance.signum() > 0;
      points.add(
          List.of(
              esc(id),
              html.address(Address.wrap(LoyaltyAddresses.token(id).bytes())),
              esc(program.get().name() + " (" + program.get().symbol() + ")"),
              esc(balance)));
    }
    List<List<String>> cardRows = new ArrayList<>();
    long collections =
        Math.min(
            storage
                .load(MembershipAddresses.REGISTRY, MembershipLayout.COLLECTION_COUNT_SLOT)
                .toBigInteger()
                .longValueExact(),
            MAX_LISTED);
    for (long id = 0; id < collections; id++) {
      OptionalInt tier = cards.cardTier(storage, id, who);
      if (tier.isPresent()) {
        cardRows.add(
            List.of(
                esc(id),
                html.address(Address.wrap(MembershipAddresses.collection(id).bytes())),
                esc(tier.getAsInt())));
      }
    }
    List<List<String>> consentRows = new ArrayList<>();
    for (ConsentRecord record : consentsOf(storage, head, who)) {
      consentRows.add(
          List.of(
              html.address(Address.wrap(record.merchant().bytes())),
              esc(record.purpose().toHex()),
              esc(status(record, head.timestamp())),
              esc(ExplorerHtml.time(record.validFrom())),
              esc(record.validUntil() == 0 ? "open-ended" : ExplorerHtml.time(record.validUntil())),
              esc(record.noticeUri())));
    }
    if (account.isEmpty()
        && held.isEmpty()
        && !holdsPoints
        && cardRows.isEmpty()
        && consentRows.isEmpty()) {
      return Optional.empty();
    }
    Account acct = account.orElse(Account.EMPTY);
    String body =
        "<p>At head block "
            + html.block(head.number())
            + ".</p>"
            + ExplorerHtml.facts(
                "account",
                List.of(
                    List.of("Address", esc(address.toChecksumHex())),
                    List.of("Balance (wei)", esc(acct.balance())),
                    List.of("Nonce", esc(acct.nonce())),
                    List.of("Roles", held.isEmpty() ? "none" : esc(String.join(", ", held)))))
            + "<h2>Points</h2>"
            + ExplorerHtml.table(
                "points", List.of("Program", "Token", "Name", "Balance (base units)"), points)
            + "<h2>Membership cards</h2>"
            + ExplorerHtml.table("cards", List.of("Collection", "Contract", "Tier"), cardRows)
            + "<h2>Consents</h2>"
            + ExplorerHtml.table(
                "consents",
                List.of("Merchant", "Purpose", "Status", "Valid from", "Valid until", "Notice"),
                consentRows);
    return Optional.of(html.document("Address " + address.toChecksumHex(), body));
  }

  private static String status(ConsentRecord record, long now) {
    if (record.withdrawn()) {
      return "withdrawn " + ExplorerHtml.time(record.withdrawnAt());
    }
    if (record.validUntil() != 0 && record.validUntil() <= now) {
      return "expired";
    }
    return record.validFrom() > now ? "not yet in force" : "in force";
  }

  /** Every (merchant, purpose) the member granted in the window, as state holds it now. */
  private List<ConsentRecord> consentsOf(WorldStorage storage, BlockHeader head, ChainAddress who) {
    Address consent = Address.wrap(ConsentPrecompile.ADDRESS.bytes());
    Hash member = Hash.wrap(Word.of(who).bytes());
    Set<String> seen = new TreeSet<>();
    List<ConsentRecord> out = new ArrayList<>();
    for (long n = head.number(); n >= 0 && n > head.number() - CONSENT_WINDOW; n--) {
      BlockHeader header = chain.headerByNumber(n).orElseThrow();
      if (!header.logsBloom().mightContain(consent) || !header.logsBloom().mightContain(member)) {
        continue;
      }
      for (Receipt receipt : chain.receipts(chain.hash(header)).orElse(List.of())) {
        for (Log log : receipt.logs()) {
          if (log.address().equals(consent)
              && log.topics().size() == 4
              && log.topics().get(0).equals(CONSENT_GRANTED)
              && log.topics().get(1).equals(member)
              && seen.add(log.topics().get(2).toHex() + log.topics().get(3).toHex())) {
            ChainAddress merchant =
                ChainAddress.wrap(
                    java.util.Arrays.copyOfRange(log.topics().get(2).toArray(), 12, 32));
            Word purpose = Word.wrap(log.topics().get(3).toArray());
            consents.consentOf(storage, who, merchant, purpose).ifPresent(out::add);
          }
        }
      }
    }
    return out;
  }
}
