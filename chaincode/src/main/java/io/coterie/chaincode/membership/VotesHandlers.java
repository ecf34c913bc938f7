package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import org.web3j.abi.datatypes.generated.Uint48;

/** ERC-6372 clock and ERC-5805 votes and delegation on a collection (one card, one vote). */
final class VotesHandlers {
  private VotesHandlers() {}

  /** OZ's default clock mode: block numbers. */
  static final String CLOCK_MODE = "mode=blocknumber&from=default";

  static CallResult clock(Collection c, CalldataReader args) {
    return CallResult.success(encode(new Uint48(c.ctx().block().number())));
  }

  static CallResult clockMode(Collection c, CalldataReader args) {
    return CallResult.success(encode(string(CLOCK_MODE)));
  }

  static CallResult getVotes(Collection c, CalldataReader args) {
    return CallResult.success(encode(uint256(c.state().votes().getVotes(args.address(0)))));
  }

  static CallResult getPastVotes(Collection c, CalldataReader args) {
    ChainAddress account = args.address(0);
    BigInteger timepoint = args.uint256(1);
    if (isFuture(c, timepoint)) {
      return futureLookup(c, timepoint);
    }
    return CallResult.success(
        encode(uint256(c.state().votes().getPastVotes(account, timepoint.longValueExact()))));
  }

  static CallResult getPastTotalSupply(Collection c, CalldataReader args) {
    BigInteger timepoint = args.uint256(0);
    if (isFuture(c, timepoint)) {
      return futureLookup(c, timepoint);
    }
    return CallResult.success(
        encode(uint256(c.state().votes().getPastTotalSupply(timepoint.longValueExact()))));
  }

  static CallResult delegates(Collection c, CalldataReader args) {
    return CallResult.success(encode(address(c.state().votes().delegates(args.address(0)))));
  }

  static CallResult delegate(Collection c, CalldataReader args) {
    ChainAddress delegatee = args.address(0);
    ChainAddress account = c.sender();
    c.state().votes().delegate(account, delegatee, c.state().balanceOf(account));
    return CallResult.success();
  }

  private static boolean isFuture(Collection c, BigInteger timepoint) {
    return timepoint.compareTo(BigInteger.valueOf(c.ctx().block().number())) >= 0;
  }

  private static CallResult futureLookup(Collection c, BigInteger timepoint) {
    return MembershipErrors.ERC5805_FUTURE_LOOKUP.revert(
        uint256(timepoint), new Uint48(c.ctx().block().number()));
  }
}
