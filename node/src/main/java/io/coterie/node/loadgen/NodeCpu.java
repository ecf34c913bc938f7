package io.coterie.node.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system) of a process on this machine, from {@code /proc/PID/stat} (Linux), so a
 * run can report the node's CPU time per transaction: on a shared machine that is steadier than
 * transactions per second.
 */
final class NodeCpu {
  /** USER_HZ, which Linux fixes at 100 for /proc on every architecture it runs on. */
  private static final double TICKS_PER_SECOND = 100;

  private NodeCpu() {}

  static double seconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    // Fields after the command name, which is in parentheses and may itself contain spaces.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
  }
}
