/** Jazzer fuzz targets for the decoders of untrusted input: peers' messages and clients' bytes. */
package io.coterie.node.fuzz;
