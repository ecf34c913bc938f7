/** Coterie chaincode: deterministic business logic, with no I/O and no clocks. */
package io.coterie.chaincode;
