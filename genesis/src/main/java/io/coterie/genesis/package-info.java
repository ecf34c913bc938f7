/** Chain spec model, genesis reading and validation, and the network generator. */
package io.coterie.genesis;
