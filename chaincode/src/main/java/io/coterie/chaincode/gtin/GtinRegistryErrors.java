package io.coterie.chaincode.gtin;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import java.util.List;

/** Custom errors of the GTIN registry; each names the values that made the call fail. */
public final class GtinRegistryErrors {
  private GtinRegistryErrors() {}

  /** The caller is neither a DEFAULT_ADMIN_ROLE holder nor the DAO governor. */
  public static final SolidityError NOT_GTIN_REGISTRAR =
      new SolidityError("NotGtinRegistrar(address)");

  /** Not 6 to 12 digits. */
  public static final SolidityError INVALID_COMPANY_PREFIX =
      new SolidityError("InvalidCompanyPrefix(string)");

  /** Not 14 digits with a valid check digit. */
  public static final SolidityError INVALID_GTIN = new SolidityError("InvalidGtin(string)");

  /** (key, owner): the key is already bound. */
  public static final SolidityError BINDING_EXISTS =
      new SolidityError("BindingExists(string,address)");

  /** The key is not bound. */
  public static final SolidityError NO_BINDING = new SolidityError("NoBinding(string)");

  /** (key, caller, owner): only the owner or a registrar moves a binding. */
  public static final SolidityError NOT_BINDING_OWNER =
      new SolidityError("NotBindingOwner(string,address,address)");

  /** A binding cannot go to the zero address. */
  public static final SolidityError INVALID_OWNER = new SolidityError("InvalidOwner(address)");

  /** Every error the precompile may revert with, standard ones included. */
  public static final List<SolidityError> ALL =
      List.of(
          NOT_GTIN_REGISTRAR,
          INVALID_COMPANY_PREFIX,
          INVALID_GTIN,
          BINDING_EXISTS,
          NO_BINDING,
          NOT_BINDING_OWNER,
          INVALID_OWNER,
          StandardErrors.UNKNOWN_SELECTOR,
          StandardErrors.MALFORMED_CALLDATA,
          StandardErrors.NOT_PAYABLE,
          StandardErrors.WRITE_IN_STATIC_CALL);
}
