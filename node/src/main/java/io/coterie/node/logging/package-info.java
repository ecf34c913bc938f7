/**
 * The node's logging as an operator sees it: the level of Log4j2 loggers, changed at start ({@code
 * --logging}) and at runtime ({@code admin_changeLogLevel}), the line format ({@code --log-format})
 * and progress lines of long jobs (count, rate, ETA). The rest of the node logs through slf4j and
 * never sees Log4j. The lowest node package: imports nothing of the node.
 */
package io.coterie.node.logging;
