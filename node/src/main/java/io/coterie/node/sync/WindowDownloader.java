package io.coterie.node.sync;

import io.coterie.node.chain.Blockchain;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Downloads, verifies and imports one window of blocks after the head from one peer: headers first
 * (links and seals), then bodies request by request, each block imported as soon as its body checks
 * out, so at most one window of headers and one request of bodies is held.
 */
final class WindowDownloader {
  private final SyncPeers peers;
  private final BlockVerifier verifier;
  private final int window;
  private final BooleanSupplier running;

  WindowDownloader(SyncPeers peers, BlockVerifier verifier, int window, BooleanSupplier running) {
    this.peers = peers;
    this.verifier = verifier;
    this.window = Math.min(window, peers.maxHeaders());
    this.running = running;
  }

  /** Fetches up to one window of blocks towards {@code target} (the peer's announced head). */
  WindowOutcome fetch(PublicKey peer, long target) {
    Blockchain chain = verifier.chain();
    verifier.resetDownloaded();
    BlockHeader parent = chain.head();
    Hash parentHash = chain.headHash();
    long start = parent.number() + 1;
    int count = (int) Math.min(window, target - parent.number());
    Response<List<BlockHeader>> headers = await(peer, start, peers.headers(peer, start, count));
    if (headers.failure().isPresent()) {
      return headers.failure().get();
    }
    List<BlockHeader> received = headers.value();
    if (received.isEmpty()) {
      return failed(
          peer,
          start,
          SyncProblem.Kind.UNAVAILABLE,
          "served no headers from block " + start + " though it announced head " + target);
    }
    if (received.size() > count) {
      return failed(
          peer,
          start,
          SyncProblem.Kind.INVALID,
          "served " + received.size() + " headers for a request of " + count);
    }
    List<BlockHeader> accepted = new ArrayList<>(received.size());
    for (BlockHeader header : received) {
      Optional<String> problem = verifier.acceptHeader(header, parent, parentHash);
      if (problem.isPresent()) {
        // The blocks before the bad header are final on their own: keep them, then report.
        WindowOutcome prefix =
            accepted.isEmpty() ? new WindowOutcome.Imported(0) : importBodies(peer, accepted);
        return prefix instanceof WindowOutcome.Imported
            ? failed(peer, header.number(), SyncProblem.Kind.INVALID, problem.get())
            : prefix;
      }
      accepted.add(header);
      parent = header;
      parentHash = chain.hash(header);
    }
    return importBodies(peer, accepted);
  }

  private WindowOutcome importBodies(PublicKey peer, List<BlockHeader> headers) {
    Blockchain chain = verifier.chain();
    int imported = 0;
    while (imported < headers.size()) {
      List<BlockHeader> wanted =
          headers.subList(imported, Math.min(headers.size(), imported + peers.maxBodies()));
      List<Hash> hashes = wanted.stream().map(chain::hash).toList();
      long first = wanted.get(0).number();
      Response<List<List<Transaction>>> bodies = await(peer, first, peers.bodies(peer, hashes));
      if (bodies.failure().isPresent()) {
        return imported > 0 ? new WindowOutcome.Imported(imported) : bodies.failure().get();
      }
      List<List<Transaction>> received = bodies.value();
      if (received.isEmpty()) {
        return failed(
            peer,
            first,
            SyncProblem.Kind.UNAVAILABLE,
            "served no body for block " + first + " whose header it served");
      }
      if (received.size() > wanted.size()) {
        return failed(
            peer,
            first,
            SyncProblem.Kind.INVALID,
            "served " + received.size() + " bodies for a request of " + wanted.size());
      }
      for (int i = 0; i < received.size(); i++) {
        BlockHeader header = wanted.get(i);
        Optional<String> problem = BlockVerifier.checkBody(header, received.get(i));
        if (problem.isEmpty()) {
          if (!running.getAsBoolean()) {
            return new WindowOutcome.Stopped();
          }
          problem = verifier.executeAndImport(new Block(header, received.get(i)));
        }
        if (problem.isPresent()) {
          return failed(peer, header.number(), SyncProblem.Kind.INVALID, problem.get());
        }
        imported++;
      }
    }
    return new WindowOutcome.Imported(imported);
  }

  private record Response<T>(T value, Optional<WindowOutcome> failure) {}

  private <T> Response<T> await(PublicKey peer, long block, CompletableFuture<T> future) {
    try {
      return new Response<>(future.get(), Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(false);
      return new Response<>(null, Optional.of(new WindowOutcome.Stopped()));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      SyncProblem.Kind kind =
          cause instanceof TimeoutException
              ? SyncProblem.Kind.TIMEOUT
              : SyncProblem.Kind.UNAVAILABLE;
      String reason =
          cause instanceof TimeoutException
              ? "did not answer in time"
              : "request failed: " + cause.getMessage();
      return new Response<>(null, Optional.of(failed(peer, block, kind, reason)));
    }
  }

  private static WindowOutcome failed(
      PublicKey peer, long block, SyncProblem.Kind kind, String reason) {
    return new WindowOutcome.Failed(new SyncProblem(peer, block, kind, reason));
  }
}
