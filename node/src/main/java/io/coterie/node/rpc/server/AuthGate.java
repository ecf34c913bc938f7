package io.coterie.node.rpc.server;

import io.coterie.node.rpc.auth.AuthErrors;
import io.coterie.node.rpc.auth.Caller;
import io.coterie.node.rpc.auth.EndpointAuth;
import io.coterie.node.rpc.auth.TokenCheck;
import io.coterie.node.rpc.method.RpcError;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a request's bearer token ({@code Authorization: Bearer}, and on a WebSocket upgrade also
 * {@code ?token=}) and admits its caller, or answers 401 with a JSON-RPC error that says what to
 * do. With authentication off everyone is admitted. Tokens never reach a log.
 */
final class AuthGate {
  private AuthGate() {}

  /** The caller a request may proceed as, or the 401 to answer it with. */
  sealed interface Admission permits Admitted, Refused {}

  record Admitted(Caller caller) implements Admission {}

  record Refused(FullHttpResponse response) implements Admission {}

  /**
   * Without a token, an HTTP request proceeds as an anonymous caller (its body may hold only login
   * calls or methods-no-auth; anything else answers 401), and a WebSocket upgrade only when the
   * port opens methods without a token.
   */
  static Admission admit(EndpointAuth auth, HttpRequest request, boolean upgrade) {
    if (!auth.enabled()) {
      return new Admitted(new Caller.Anonymous());
    }
    Optional<String> token = bearer(request);
    if (token.isEmpty() && upgrade) {
      List<String> query = new QueryStringDecoder(request.uri()).parameters().get("token");
      token = query == null || query.isEmpty() ? Optional.empty() : Optional.of(query.get(0));
    }
    if (token.isEmpty()) {
      return !upgrade || auth.opensMethodsWithoutToken()
          ? new Admitted(new Caller.Anonymous())
          : new Refused(unauthorized(auth.missingTokenMessage()));
    }
    TokenCheck check = auth.authenticate(token.get());
    if (check instanceof TokenCheck.Refused refused) {
      return new Refused(unauthorized("Unauthorized: " + refused.message()));
    }
    return new Admitted(((TokenCheck.Valid) check).caller());
  }

  /**
   * Why a GET of a page that needs a token is refused, or empty when it may be answered: always
   * with authentication off, else with a valid {@code Authorization: Bearer} or {@code ?token=}.
   */
  static Optional<String> pageProblem(EndpointAuth auth, HttpRequest request) {
    if (!auth.enabled()) {
      return Optional.empty();
    }
    Optional<String> token = bearer(request);
    if (token.isEmpty()) {
      List<String> query = new QueryStringDecoder(request.uri()).parameters().get("token");
      token = query == null || query.isEmpty() ? Optional.empty() : Optional.of(query.get(0));
    }
    if (token.isEmpty()) {
      return Optional.of(
          "This page needs a token: this node has authentication on. Log in (coterie_login or"
              + " POST /login), then send Authorization: Bearer <token> or add ?token=<token>.");
    }
    TokenCheck check = auth.authenticate(token.get());
    return check instanceof TokenCheck.Refused refused
        ? Optional.of(
            "The token was refused: " + refused.message() + ". Log in again for a new one.")
        : Optional.empty();
  }

  static FullHttpResponse unauthorized(String message) {
    FullHttpResponse response =
        HttpResponses.error(
            HttpResponseStatus.UNAUTHORIZED, new RpcError(AuthErrors.UNAUTHORIZED, message, null));
    response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
    return response;
  }

  private static Optional<String> bearer(HttpRequest request) {
    String header = request.headers().get(HttpHeaderNames.AUTHORIZATION);
    if (header == null) {
      return Optional.empty();
    }
    String trimmed = header.strip();
    return trimmed.toLowerCase(Locale.ROOT).startsWith("bearer ")
        ? Optional.of(trimmed.substring(7).strip())
        : Optional.of(trimmed);
  }
}
