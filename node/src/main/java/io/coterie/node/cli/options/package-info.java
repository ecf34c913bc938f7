/**
 * Option groups as picocli {@code @Mixin}s, each turning its options into a config record, and the
 * default-value provider that fills options from {@code COTERIE_*} environment variables and the
 * TOML {@code --config-file}. May import {@code io.coterie.node.app} and everything below it.
 */
package io.coterie.node.cli.options;
