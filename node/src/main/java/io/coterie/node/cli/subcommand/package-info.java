/**
 * One class per {@code coterie} command: it gathers its option groups' config records, calls the
 * node's parts and prints what the user needs. Command classes stay short; the work they share
 * lives in small package-private classes here.
 */
package io.coterie.node.cli.subcommand;
