package io.coterie.node.consensus.qbft.port;

import io.coterie.node.types.Address;
import java.util.List;

/** The validator set for each height, as votes in headers have changed it. */
public interface ValidatorProvider {
  /**
   * The validators that propose and seal block {@code height}, sorted by address: the genesis
   * validators with the votes of blocks {@code 1 .. height-1} applied. Defined for {@code height <=
   * head + 1}.
   */
  List<Address> validatorsAt(long height);
}
