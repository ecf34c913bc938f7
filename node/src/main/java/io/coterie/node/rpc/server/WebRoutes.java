package io.coterie.node.rpc.server;

/**
 * Public, read-only pages the HTTP listeners serve on GET beside JSON-RPC, before any token is
 * asked for (the trace site). {@link #serves} says which paths belong to it; {@link #answer} runs
 * on an RPC worker thread.
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
    };
  }
}
