package io.coterie.chaincode.works;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * A member mints their own work (content hash and URI on chain, content off chain, each content
 * hash once); the creator, while holding it, updates its URI (ERC-4906 events). Views of a work.
 */
final class WorkMinting {
  /** Longest token URI, in UTF-8 bytes (an IPFS or HTTPS URL fits many times over). */
  static final int MAX_URI_BYTES = 512;

  private static final RolesReader ROLES = new RolesReader();

  private WorkMinting() {}

  /** {@code mintWork(bytes32 contentHash, string uri, uint256 royaltyBps) returns (uint256)}. */
  static CallResult mintWork(CallContext ctx, CalldataReader args) {
    List<Type> in =
        args.decode(
            List.of(
                new TypeReference<Bytes32>() {},
                new TypeReference<Utf8String>() {},
                new TypeReference<Uint256>() {}));
    Word contentHash = Word.wrap(((Bytes32) in.get(0)).getValue());
    String uri = (String) in.get(1).getValue();
    BigInteger royaltyBps = (BigInteger) in.get(2).getValue();
    ChainAddress creator = ctx.sender();
    if (!ROLES.hasRole(MeteredState.chargedReads(ctx), StandardRoles.MEMBER_ROLE, creator)) {
      return WorksErrors.NOT_A_MEMBER.revert(address(creator));
    }
    if (contentHash.isZero()) {
      return WorksErrors.INVALID_CONTENT_HASH.revert();
    }
    if (royaltyBps.compareTo(BigInteger.valueOf(RoyaltySplit.MAX_ROYALTY_BPS)) > 0) {
      return WorksErrors.ROYALTY_TOO_HIGH.revert(
          uint256(royaltyBps), uint256(RoyaltySplit.MAX_ROYALTY_BPS));
    }
    Optional<CallResult> badUri = uriProblem(uri);
    if (badUri.isPresent()) {
      return badUri.get();
    }
    WorkCall call = new WorkCall(ctx);
    BigInteger existing = call.ledger.tokenOfContent(contentHash);
    if (existing.signum() != 0) {
      return WorksErrors.CONTENT_ALREADY_MINTED.revert(bytes32(contentHash), uint256(existing));
    }
    BigInteger tokenId =
        call.ledger.mint(
            new WorkLedger.Work(creator, contentHash, royaltyBps.intValueExact(), uri));
    call.emitTransfer(ChainAddress.ZERO, creator, tokenId);
    call.emit(
        WorksEvents.WORK_MINTED.topics(Word.of(tokenId), Word.of(creator), contentHash),
        WorksEvents.WORK_MINTED.data(uint256(royaltyBps), string(uri)));
    return CallResult.success(encode(uint256(tokenId)));
  }

  /** {@code updateTokenURI(uint256 tokenId, string uri)}: emits MetadataUpdate. */
  static CallResult updateTokenUri(CallContext ctx, CalldataReader args) {
    List<Type> in =
        args.decode(List.of(new TypeReference<Uint256>() {}, new TypeReference<Utf8String>() {}));
    BigInteger tokenId = (BigInteger) in.get(0).getValue();
    String uri = (String) in.get(1).getValue();
    WorkCall call = new WorkCall(ctx);
    Optional<CallResult> refused = refusal(call, tokenId, uri);
    if (refused.isPresent()) {
      return refused.get();
    }
    call.ledger.setUri(tokenId, uri);
    call.emit(
        WorksEvents.METADATA_UPDATE.topics(), WorksEvents.METADATA_UPDATE.data(uint256(tokenId)));
    return CallResult.success();
  }

  /**
   * {@code updateTokenURIs(uint256 fromTokenId, string[] uris)}: tokens {@code fromTokenId ..
   * fromTokenId + uris.length - 1}, all the caller's own works in hand; emits one
   * BatchMetadataUpdate.
   */
  @SuppressWarnings("unchecked")
  static CallResult updateTokenUris(CallContext ctx, CalldataReader args) {
    List<Type> in =
        args.decode(
            List.of(
                new TypeReference<Uint256>() {}, new TypeReference<DynamicArray<Utf8String>>() {}));
    BigInteger from = (BigInteger) in.get(0).getValue();
    List<Utf8String> uris = ((DynamicArray<Utf8String>) in.get(1)).getValue();
    if (uris.isEmpty()) {
      return WorksErrors.EMPTY_BATCH.revert();
    }
    WorkCall call = new WorkCall(ctx);
    for (int i = 0; i < uris.size(); i++) {
      Optional<CallResult> refused =
          refusal(call, from.add(BigInteger.valueOf(i)), uris.get(i).getValue());
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    for (int i = 0; i < uris.size(); i++) {
      call.ledger.setUri(from.add(BigInteger.valueOf(i)), uris.get(i).getValue());
    }
    BigInteger to = from.add(BigInteger.valueOf(uris.size() - 1L));
    call.emit(
        WorksEvents.BATCH_METADATA_UPDATE.topics(),
        WorksEvents.BATCH_METADATA_UPDATE.data(uint256(from), uint256(to)));
    return CallResult.success();
  }

  private static Optional<CallResult> refusal(WorkCall call, BigInteger tokenId, String uri) {
    WorkCall.Owned owned = call.owned(tokenId);
    if (!owned.exists()) {
      return Optional.of(owned.nonexistent());
    }
    boolean creatorHolds =
        owned.owner().equals(call.sender()) && call.ledger.creator(tokenId).equals(call.sender());
    if (!creatorHolds) {
      return Optional.of(
          WorksErrors.NOT_CREATOR_HOLDER.revert(uint256(tokenId), address(call.sender())));
    }
    return uriProblem(uri);
  }

  private static Optional<CallResult> uriProblem(String uri) {
    int length = uri.getBytes(StandardCharsets.UTF_8).length;
    return length > MAX_URI_BYTES
        ? Optional.of(WorksErrors.URI_TOO_LONG.revert(uint256(length), uint256(MAX_URI_BYTES)))
        : Optional.empty();
  }

  /** {@code workOf(uint256)}: (creator, contentHash, royaltyBps, uri). */
  static CallResult workOf(CallContext ctx, CalldataReader args) {
    WorkCall call = new WorkCall(ctx);
    WorkCall.Owned owned = call.owned(args.uint256(0));
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    WorkLedger.Work w = call.ledger.load(owned.tokenId());
    return CallResult.success(
        encode(
            address(w.creator()),
            bytes32(w.contentHash()),
            uint256(w.royaltyBps()),
            string(w.uri())));
  }

  /** {@code tokenOfContent(bytes32)}: 0 when that content was never minted. */
  static CallResult tokenOfContent(CallContext ctx, CalldataReader args) {
    return CallResult.success(
        encode(uint256(new WorkCall(ctx).ledger.tokenOfContent(args.bytes32(0)))));
  }

  /** {@code usesOf(uint256)}: paid uses so far. */
  static CallResult usesOf(CallContext ctx, CalldataReader args) {
    WorkCall call = new WorkCall(ctx);
    WorkCall.Owned owned = call.owned(args.uint256(0));
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    return CallResult.success(encode(uint256(call.ledger.uses(owned.tokenId()))));
  }
}
