package io.coterie.node.rpc.server;

/**
 * Pages the HTTP listeners serve beside JSON-RPC, before any JSON-RPC token is asked for: public,
 * read-only ones on GET (the trace site), some behind a token ({@link #needsToken}: the explorer)
 * and a few that also take POST ({@link #acceptsPost}: EPCIS capture of signed transactions).
 * {@link #serves} says which paths belong to it; {@link #answer} runs on an RPC worker thread.
 */
public interface WebRoutes {
  /** Serves nothing: every GET is refused as before. */
  WebRoutes NONE =
      new WebRoutes() {
        @Override
        public boolean serves(String path) {
          return false;
        }

        @Override
        public WebResponse answer(WebRequest request) {
          throw new IllegalStateException("no web routes");
        }
      };

  boolean serves(String path);

  WebResponse answer(WebRequest request);

  /** These routes, then {@code others} for the paths these do not serve. */
  default WebRoutes or(WebRoutes others) {
    return both(this, others);
  }

  /**
   * Whether a page at {@code path} needs a valid token when the listener's authentication is on
   * (asked as {@code Authorization: Bearer} or {@code ?token=}); public pages answer false.
   */
  default boolean needsToken(String path) {
    return false;
  }

  /** Whether {@code path} also takes POST (a capture); every other page is GET only. */
  default boolean acceptsPost(String path) {
    return false;
  }

  /**
   * The answer when {@link #needsToken} and the token is missing or refused; {@code problem} says
   * which and what to do. Empty: the listener's plain "Token needed" page.
   */
  default java.util.Optional<WebResponse> tokenRefusal(String path, String problem) {
    return java.util.Optional.empty();
  }

  /** The routes of {@code first}, then of {@code second}, on one listener. */
  static WebRoutes both(WebRoutes first, WebRoutes second) {
    return new WebRoutes() {
      @Override
      public boolean serves(String path) {
        return first.serves(path) || second.serves(path);
      }

      @Override
      public WebResponse answer(WebRequest request) {
        return first.serves(request.path()) ? first.answer(request) : second.answer(request);
      }

      @Override
      public boolean needsToken(String path) {
        return first.serves(path) ? first.needsToken(path) : second.needsToken(path);
      }

      @Override
      public boolean acceptsPost(String path) {
        return first.serves(path) ? first.acceptsPost(path) : second.acceptsPost(path);
      }

      @Override
      public java.util.Optional<WebResponse> tokenRefusal(String path, String problem) {
        return first.serves(path)
            ? first.tokenRefusal(path, problem)
            : second.tokenRefusal(path, problem);
      }
    };
  }
}
