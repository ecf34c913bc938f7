package io.coterie.chaincode.members;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The WebAuthn {@code clientDataJSON} a browser signs: one JSON object whose members are strings or
 * booleans ({@code type}, {@code challenge}, {@code origin}, {@code crossOrigin}, {@code
 * topOrigin}, and whatever else a browser adds). A strict, small reader: any other shape, a
 * duplicate member or trailing text makes {@link #parse} return empty.
 */
public record ClientDataJson(SortedMap<String, String> strings) {
  public ClientDataJson {
    strings = Collections.unmodifiableSortedMap(new TreeMap<>(strings));
  }

  /** The string member {@code name}, empty when absent or not a string. */
  public Optional<String> string(String name) {
    return Optional.ofNullable(strings.get(name));
  }

  /** Parses {@code json}; empty when it is not a flat object of strings and booleans. */
  public static Optional<ClientDataJson> parse(String json) {
    Reader in = new Reader(json);
    SortedMap<String, String> strings = new TreeMap<>();
    SortedMap<String, Boolean> seen = new TreeMap<>();
    try {
      in.skipSpace();
      in.expect('{');
      in.skipSpace();
      if (in.peek() == '}') {
        in.next();
      } else {
        while (true) {
          in.skipSpace();
          String name = in.string();
          if (seen.put(name, Boolean.TRUE) != null) {
            return Optional.empty();
          }
          in.skipSpace();
          in.expect(':');
          in.skipSpace();
          char c = in.peek();
          if (c == '"') {
            strings.put(name, in.string());
          } else if (!in.literal("true") && !in.literal("false")) {
            return Optional.empty();
          }
          in.skipSpace();
          char after = in.next();
          if (after == '}') {
            break;
          }
          if (after != ',') {
            return Optional.empty();
          }
        }
      }
      in.skipSpace();
      return in.atEnd() ? Optional.of(new ClientDataJson(strings)) : Optional.empty();
    } catch (IllegalStateException malformed) {
      return Optional.empty();
    }
  }

  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      this.text = text;
    }

    boolean atEnd() {
      return pos == text.length();
    }

    char peek() {
      if (atEnd()) {
        throw new IllegalStateException("end of text");
      }
      return text.charAt(pos);
    }

    char next() {
      char c = peek();
      pos++;
      return c;
    }

    void expect(char c) {
      if (next() != c) {
        throw new IllegalStateException("expected " + c);
      }
    }

    void skipSpace() {
      while (!atEnd() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
    }

    boolean literal(String word) {
      if (text.startsWith(word, pos)) {
        pos += word.length();
        return true;
      }
      return false;
    }

    String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          throw new IllegalStateException("control character in a string");
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (pos + 4 > text.length()) {
              throw new IllegalStateException("short \\u escape");
            }
            try {
              out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            } catch (NumberFormatException bad) {
              throw new IllegalStateException("bad \\u escape");
            }
            pos += 4;
          }
          default -> throw new IllegalStateException("bad escape");
        }
      }
    }
  }
}
