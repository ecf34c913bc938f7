package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.loyalty.LoyaltyErrors.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.consent.ConsentReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.support.AbiJsonConsistency;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published ABI JSON files and the Java dispatch tables, errors and events never drift apart.
 */
class LoyaltyAbiJsonTest {
  private final AbiJsonConsistency registryAbi = AbiJsonConsistency.load("LoyaltyPrograms");
  private final AbiJsonConsistency tokenAbi = AbiJsonConsistency.load("LoyaltyToken");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    registryAbi.assertFunctionsMatch(
        new LoyaltyRegistryPrecompile(new RolesReader()).dispatchTable());
    tokenAbi.assertFunctionsMatch(
        new LoyaltyTokenPrecompile(new RolesReader(), new ConsentReader()).dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsEachPrecompileReverts() {
    registryAbi.assertErrorsAre(
        withStandard(
            UNAUTHORIZED_ACCOUNT,
            UNKNOWN_PROGRAM,
            NOT_PROGRAM_ADMIN,
            NOT_GOVERNANCE,
            INVALID_PROGRAM_CONFIG,
            PROGRAM_LIMIT_REACHED,
            SHOP_ROLE_MISSING,
            INVALID_EXCHANGE_RATE,
            VOTES_NEED_NON_EXPIRING_POINTS,
            VOTES_ALREADY_ENABLED));
    tokenAbi.assertErrorsAre(
        withStandard(
            ERC20_INSUFFICIENT_BALANCE,
            ERC20_INVALID_SENDER,
            ERC20_INVALID_RECEIVER,
            ERC20_INSUFFICIENT_ALLOWANCE,
            ERC20_INVALID_APPROVER,
            ERC20_INVALID_SPENDER,
            ERC2612_EXPIRED_SIGNATURE,
            ERC2612_INVALID_SIGNER,
            ECDSA_INVALID_SIGNATURE,
            ECDSA_INVALID_SIGNATURE_S,
            PROGRAM_NOT_FOUND,
            TRANSFERS_DISABLED,
            SHOP_NOT_AUTHORISED,
            REF_ALREADY_USED,
            DAILY_CAP_EXCEEDED,
            MAX_BALANCE_EXCEEDED,
            ZERO_AMOUNT,
            UNKNOWN_BEHAVIOUR,
            BEHAVIOUR_NOT_REWARDED,
            BEHAVIOUR_ALREADY_REWARDED,
            CONSENT_NOT_GRANTED,
            CONSENT_REWARD_NOT_SET,
            UNKNOWN_PROGRAM,
            EXCHANGE_RATE_UNSET,
            EXCHANGE_AMOUNT_TOO_SMALL,
            VOTES_NOT_ENABLED,
            ERC20_EXCEEDED_SAFE_SUPPLY,
            ERC5805_FUTURE_LOOKUP,
            VOTES_EXPIRED_SIGNATURE,
            INVALID_ACCOUNT_NONCE,
            OWNABLE_UNAUTHORIZED_ACCOUNT,
            UNAUTHORIZED_ACCOUNT));
  }

  @Test
  void abiEventsAreExactlyTheEventsEmittedWithTheIndexedArgumentsAsTopics() {
    SortedMap<String, Long> registry = new TreeMap<>();
    registry.put(LoyaltyEvents.PROGRAM_CREATED.signature(), 3L);
    registry.put(LoyaltyEvents.CAPS_CHANGED.signature(), 1L);
    registry.put(LoyaltyEvents.TRANSFERABLE_CHANGED.signature(), 1L);
    registry.put(LoyaltyEvents.TIER_THRESHOLDS_CHANGED.signature(), 1L);
    registry.put(LoyaltyEvents.BEHAVIOUR_REWARDS_CHANGED.signature(), 1L);
    registry.put(LoyaltyEvents.CONSENT_REWARD_SET.signature(), 1L);
    registry.put(LoyaltyEvents.SHOP_AUTHORISED.signature(), 3L);
    registry.put(LoyaltyEvents.SHOP_DEAUTHORISED.signature(), 3L);
    registry.put(LoyaltyEvents.EXCHANGE_RATE_SET.signature(), 2L);
    registry.put(LoyaltyEvents.VOTES_ENABLED.signature(), 1L);
    SortedMap<String, Long> token = new TreeMap<>();
    token.put(LoyaltyEvents.TRANSFER.signature(), 2L);
    token.put(LoyaltyEvents.APPROVAL.signature(), 2L);
    token.put(LoyaltyEvents.AWARDED.signature(), 3L);
    token.put(LoyaltyEvents.REDEEMED.signature(), 2L);
    token.put(LoyaltyEvents.BEHAVIOUR_REWARDED.signature(), 3L);
    token.put(LoyaltyEvents.CONSENT_REWARDED.signature(), 3L);
    token.put(LoyaltyEvents.EXCHANGED.signature(), 2L);
    token.put(LoyaltyEvents.POINTS_EXPIRED.signature(), 1L);
    token.put(LoyaltyEvents.DELEGATE_CHANGED.signature(), 3L);
    token.put(LoyaltyEvents.DELEGATE_VOTES_CHANGED.signature(), 1L);
    token.put(LoyaltyEvents.OWNERSHIP_TRANSFER_STARTED.signature(), 2L);
    token.put(LoyaltyEvents.OWNERSHIP_TRANSFERRED.signature(), 2L);

    assertThat(registryAbi.indexedCounts()).isEqualTo(registry);
    assertThat(tokenAbi.indexedCounts()).isEqualTo(token);
  }

  @Test
  void erc20AndPermitSelectorsAndErrorsMatchTheStandardsAndOpenZeppelin() {
    assertThat(Selector.of("transfer(address,uint256)").toHex()).isEqualTo("0xa9059cbb");
    assertThat(Selector.of("approve(address,uint256)").toHex()).isEqualTo("0x095ea7b3");
    assertThat(Selector.of("transferFrom(address,address,uint256)").toHex())
        .isEqualTo("0x23b872dd");
    assertThat(Selector.of("balanceOf(address)").toHex()).isEqualTo("0x70a08231");
    assertThat(Selector.of("permit(address,address,uint256,uint256,uint8,bytes32,bytes32)").toHex())
        .isEqualTo("0xd505accf");
    assertThat(Selector.of("DOMAIN_SEPARATOR()").toHex()).isEqualTo("0x3644e515");
    assertThat(Selector.of("nonces(address)").toHex()).isEqualTo("0x7ecebe00");
    assertThat(Selector.of("eip712Domain()").toHex()).isEqualTo("0x84b0196e");
    assertThat(ERC20_INSUFFICIENT_BALANCE.selector().toHex()).isEqualTo("0xe450d38c");
    assertThat(ERC20_INSUFFICIENT_ALLOWANCE.selector().toHex()).isEqualTo("0xfb8f41b2");
    assertThat(ERC20_INVALID_RECEIVER.selector().toHex()).isEqualTo("0xec442f05");
    assertThat(ERC20_INVALID_SENDER.selector().toHex()).isEqualTo("0x96c6fd1e");
    assertThat(ERC20_INVALID_SPENDER.selector().toHex()).isEqualTo("0x94280d62");
    assertThat(ERC20_INVALID_APPROVER.selector().toHex()).isEqualTo("0xe602df05");
    assertThat(ERC2612_EXPIRED_SIGNATURE.selector().toHex()).isEqualTo("0x62791302");
    assertThat(ERC2612_INVALID_SIGNER.selector().toHex()).isEqualTo("0x4b800e46");
    assertThat(ECDSA_INVALID_SIGNATURE.selector().toHex()).isEqualTo("0xf645eedf");
    assertThat(ECDSA_INVALID_SIGNATURE_S.selector().toHex()).isEqualTo("0xd78bce0c");
    assertThat(ERC20_EXCEEDED_SAFE_SUPPLY.selector().toHex()).isEqualTo("0x1cb15d26");
    assertThat(VOTES_EXPIRED_SIGNATURE.selector().toHex()).isEqualTo("0x4683af0e");
    assertThat(INVALID_ACCOUNT_NONCE.selector().toHex()).isEqualTo("0x752d88c0");
    assertThat(Selector.of("getPastTotalSupply(uint256)").toHex()).isEqualTo("0x8e539e8c");
  }

  private static List<SolidityError> withStandard(SolidityError... errors) {
    return Stream.concat(Stream.of(errors), StandardErrors.ALL.stream()).toList();
  }
}
