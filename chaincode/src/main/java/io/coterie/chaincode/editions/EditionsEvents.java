package io.coterie.chaincode.editions;

import io.coterie.chaincode.abi.SolidityEvent;
import java.util.List;

/** ERC-1155's events and the creation of editions. */
public final class EditionsEvents {
  private EditionsEvents() {}

  public static final SolidityEvent TRANSFER_SINGLE =
      new SolidityEvent("TransferSingle(address,address,address,uint256,uint256)");
  public static final SolidityEvent TRANSFER_BATCH =
      new SolidityEvent("TransferBatch(address,address,address,uint256[],uint256[])");
  public static final SolidityEvent APPROVAL_FOR_ALL =
      new SolidityEvent("ApprovalForAll(address,address,bool)");

  /** {@code URI(string value, uint256 indexed id)}. */
  public static final SolidityEvent URI = new SolidityEvent("URI(string,uint256)");

  /**
   * {@code EditionCreated(uint256 indexed id, address indexed brand, uint256 maxSupply, string
   * uri)}.
   */
  public static final SolidityEvent EDITION_CREATED =
      new SolidityEvent("EditionCreated(uint256,address,uint256,string)");

  public static final List<SolidityEvent> ALL =
      List.of(TRANSFER_SINGLE, TRANSFER_BATCH, APPROVAL_FOR_ALL, URI, EDITION_CREATED);
}
