/**
 * Farm shares (community-supported agriculture) at {@code 0x…100f}: a FARM_ROLE holder offers a
 * season's shares priced in a loyalty program's points, MEMBER_ROLE holders subscribe and pay in
 * the same call (allowance or ERC-2612 permit, through {@link
 * io.coterie.chaincode.loyalty.PointsPayment}, as membership drops pay), the farm refunds before
 * the season starts, and binds each planned delivery to one of its own provenance lots, checked
 * through {@link io.coterie.chaincode.provenance.ProvenanceReader} and the GTIN registry's {@link
 * io.coterie.chaincode.gtin.GtinOwnership}. Storage follows {@link
 * io.coterie.chaincode.farmshare.FarmShareLayout}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (reader, role ids and errors), {@code io.coterie.chaincode.loyalty}
 * (only {@code PointsPayment}), {@code io.coterie.chaincode.provenance} (only {@code
 * ProvenanceReader} and {@code Lot}), {@code io.coterie.chaincode.gtin} (only {@code GtinOwnership}
 * and {@code GtinBinding}), web3j {@code abi}.
 */
package io.coterie.chaincode.farmshare;
