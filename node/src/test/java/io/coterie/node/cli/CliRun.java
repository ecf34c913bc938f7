package io.coterie.node.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs {@code coterie} in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CoterieCommand.execute(
            args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }

  static CliRun of(String... args) {
    return of(Map.of(), args);
  }
}
