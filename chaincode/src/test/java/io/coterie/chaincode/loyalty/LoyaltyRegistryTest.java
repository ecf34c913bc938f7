package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.loyalty.LoyaltyFixture.ADMIN;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.ALICE;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.BRAND2;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.GOVERNOR;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.REGISTRY;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.StaticArray4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

class LoyaltyRegistryTest {
  private final LoyaltyFixture chain = new LoyaltyFixture();

  @Test
  void brandCreatesProgramZeroAtTheFirstTokenAddressWithEvent() {
    Outcome outcome =
        chain.ok(ADMIN, REGISTRY, LoyaltyCalls.createProgram(NewProgram.coteriePoints()));

    assertThat(LoyaltyCalls.decodeUint(outcome.result().data())).isZero();
    assertThat(outcome.logs())
        .containsExactly(
            new LogEntry(
                REGISTRY,
                List.of(
                    Word.keccak("ProgramCreated(uint256,address,address,string,string)"),
                    Word.of(0),
                    Word.of(ADMIN),
                    Word.of(ChainAddress.fromHex("0x0000000000000000000000000000000000002000"))),
                Numeric.toHexString(
                    AbiValues.encode(
                        AbiValues.string("Coterie Points"), AbiValues.string("CPT")))));
    assertThat(LoyaltyCalls.decodeUint(chain.view(REGISTRY, LoyaltyCalls.programCount())))
        .isEqualTo(1);
    assertThat(Numeric.toHexString(chain.view(REGISTRY, LoyaltyCalls.tokenAddress(0))))
        .isEqualTo(Word.of(LoyaltyFixture.token(0)).toHex());
  }

  @Test
  void programInfoDecodesWithWeb3jAsTheAbiSays() {
    chain.createProgram(
        ADMIN,
        NewProgram.coteriePoints()
            .withValidity(365 * 86_400)
            .withCaps(1_000, 50_000)
            .withTiers(100L, 1_000L)
            .withRewards(50, 20, 5, 30)
            .named("A program name longer than thirty-one bytes", "LONGSYM"));

    List<Type> info =
        AbiCalls.decode(
            chain.view(REGISTRY, LoyaltyCalls.programInfo(0)),
            new TypeReference<Address>() {},
            new TypeReference<Address>() {},
            new TypeReference<Utf8String>() {},
            new TypeReference<Utf8String>() {},
            new TypeReference<Uint8>() {},
            new TypeReference<Bool>() {},
            new TypeReference<Uint64>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<DynamicArray<Uint256>>() {},
            new TypeReference<StaticArray4<Uint256>>() {});

    assertThat(info.subList(0, 9).stream().map(t -> t.getValue().toString()).toList())
        .containsExactly(
            ADMIN.toHex(),
            "0x0000000000000000000000000000000000002000",
            "A program name longer than thirty-one bytes",
            "LONGSYM",
            "18",
            "true",
            "31536000",
            "1000",
            "50000");
    assertThat(uints(info.get(9))).containsExactly(100L, 1_000L);
    assertThat(uints(info.get(10))).containsExactly(50L, 20L, 5L, 30L);
  }

  @Test
  void accountWithoutBrandRoleCannotCreateAProgram() {
    Outcome outcome =
        chain.call(SHOP, REGISTRY, LoyaltyCalls.createProgram(NewProgram.coteriePoints()));

    assertThat(hex(outcome))
        .isEqualTo(
            Numeric.toHexString(
                LoyaltyErrors.UNAUTHORIZED_ACCOUNT.encode(
                    AbiValues.address(SHOP), AbiValues.bytes32(StandardRoles.BRAND_ROLE))));
    assertThat(chain.host.world().storageOf(REGISTRY)).isEmpty();
  }

  @Test
  void invalidParametersRevertWithAReasonThatSaysWhatIsAllowed() {
    Outcome emptyName =
        chain.call(
            ADMIN,
            REGISTRY,
            LoyaltyCalls.createProgram(NewProgram.coteriePoints().named("", "CPT")));
    Outcome badTiers =
        chain.call(
            ADMIN,
            REGISTRY,
            LoyaltyCalls.createProgram(NewProgram.coteriePoints().withTiers(10L, 10L)));
    Outcome longValidity =
        chain.call(
            ADMIN,
            REGISTRY,
            LoyaltyCalls.createProgram(NewProgram.coteriePoints().withValidity(4_000_000_000L)));

    assertThat(hex(emptyName)).isEqualTo(invalid("name has 0 bytes; use 1 to 64 bytes of UTF-8"));
    assertThat(hex(badTiers))
        .isEqualTo(
            invalid(
                "tier threshold 1 is 10 but must exceed 10; list positive thresholds in ascending order"));
    assertThat(hex(longValidity))
        .isEqualTo(
            invalid(
                "validity 4000000000 s is too long; use 0 (never expire) up to 3155760000 s (100 years)"));
  }

  @Test
  void brandAdminAndGovernorConfigureButOthersCannot() {
    long id = chain.createProgram(BRAND2, NewProgram.coteriePoints());

    chain.ok(BRAND2, REGISTRY, LoyaltyCalls.setCaps(id, 10, 20));
    chain.ok(ADMIN, REGISTRY, LoyaltyCalls.setTransferable(id, false));
    Outcome byGovernor = chain.ok(GOVERNOR, REGISTRY, LoyaltyCalls.setTierThresholds(id, 5L, 50L));
    Outcome byShop = chain.call(SHOP, REGISTRY, LoyaltyCalls.setCaps(id, 0, 0));

    assertThat(byGovernor.logs()).hasSize(1);
    assertThat(byGovernor.logs().get(0).topics())
        .containsExactly(Word.keccak("TierThresholdsChanged(uint256,uint256[])"), Word.of(id));
    assertThat(hex(byShop))
        .isEqualTo(
            Numeric.toHexString(
                LoyaltyErrors.NOT_PROGRAM_ADMIN.encode(
                    AbiValues.uint256(id), AbiValues.address(SHOP))));
    Program program = new LoyaltyReader().program(chain.host.world(), id).orElseThrow();
    assertThat(program.shopDailyCap()).isEqualTo(10);
    assertThat(program.maxBalance()).isEqualTo(20);
    assertThat(program.transferable()).isFalse();
    assertThat(program.tierThresholds())
        .containsExactly(BigInteger.valueOf(5), BigInteger.valueOf(50));
  }

  @Test
  void onlyShopRoleHoldersCanBeAuthorisedAndDeauthorisingStopsThem() {
    long id = chain.createProgram(ADMIN, NewProgram.coteriePoints());

    Outcome notAShop = chain.call(ADMIN, REGISTRY, LoyaltyCalls.authoriseShop(id, ALICE));
    Outcome authorised = chain.ok(ADMIN, REGISTRY, LoyaltyCalls.authoriseShop(id, SHOP));

    assertThat(hex(notAShop))
        .isEqualTo(
            Numeric.toHexString(LoyaltyErrors.SHOP_ROLE_MISSING.encode(AbiValues.address(ALICE))));
    assertThat(authorised.logs().get(0).topics())
        .containsExactly(
            Word.keccak("ShopAuthorised(uint256,address,address)"),
            Word.of(id),
            Word.of(SHOP),
            Word.of(ADMIN));
    assertThat(
            LoyaltyCalls.decodeUint(chain.view(REGISTRY, LoyaltyCalls.isShopAuthorised(id, SHOP))))
        .isEqualTo(1);

    chain.ok(ADMIN, REGISTRY, LoyaltyCalls.deauthoriseShop(id, SHOP));

    assertThat(
            LoyaltyCalls.decodeUint(chain.view(REGISTRY, LoyaltyCalls.isShopAuthorised(id, SHOP))))
        .isZero();
    assertThat(chain.award(id, ALICE, 5, "after-deauthorise").result().isSuccess()).isFalse();
  }

  @Test
  void exchangeRatesAreSetByGovernanceOnlyBetweenExistingPrograms() {
    long a = chain.createProgram(ADMIN, NewProgram.coteriePoints());
    long b = chain.createProgram(BRAND2, NewProgram.coteriePoints().named("Other", "OTH"));

    Outcome byBrand = chain.call(BRAND2, REGISTRY, LoyaltyCalls.setExchangeRate(a, b, 1, 2));
    Outcome toMissing = chain.call(GOVERNOR, REGISTRY, LoyaltyCalls.setExchangeRate(a, 7, 1, 2));
    Outcome zeroDenominator =
        chain.call(GOVERNOR, REGISTRY, LoyaltyCalls.setExchangeRate(a, b, 1, 0));
    chain.ok(GOVERNOR, REGISTRY, LoyaltyCalls.setExchangeRate(a, b, 3, 2));

    assertThat(hex(byBrand))
        .isEqualTo(
            Numeric.toHexString(LoyaltyErrors.NOT_GOVERNANCE.encode(AbiValues.address(BRAND2))));
    assertThat(hex(toMissing))
        .isEqualTo(
            Numeric.toHexString(
                LoyaltyErrors.INVALID_EXCHANGE_RATE.encode(
                    AbiValues.uint256(a),
                    AbiValues.uint256(7),
                    AbiValues.uint256(1),
                    AbiValues.uint256(2))));
    assertThat(zeroDenominator.result().isSuccess()).isFalse();
    assertThat(Numeric.toHexString(chain.view(REGISTRY, LoyaltyCalls.exchangeRate(a, b))))
        .isEqualTo(
            Numeric.toHexString(AbiValues.encode(AbiValues.uint256(3), AbiValues.uint256(2))));
  }

  @Test
  void unknownProgramsAndBadCalldataRevertWithSpecificErrors() {
    Outcome info = chain.call(ALICE, REGISTRY, LoyaltyCalls.programInfo(3));
    Outcome configure = chain.call(ADMIN, REGISTRY, LoyaltyCalls.setCaps(3, 1, 1));
    Outcome unknown = chain.call(ALICE, REGISTRY, Numeric.hexStringToByteArray("0xdeadbeef"));
    byte[] truncated = java.util.Arrays.copyOf(LoyaltyCalls.programInfo(0), 10);
    Outcome shortArgs = chain.call(ALICE, REGISTRY, truncated);

    String unknownProgram =
        Numeric.toHexString(LoyaltyErrors.UNKNOWN_PROGRAM.encode(AbiValues.uint256(3)));
    assertThat(hex(info)).isEqualTo(unknownProgram);
    assertThat(hex(configure)).isEqualTo(unknownProgram);
    assertThat(hex(unknown))
        .isEqualTo(
            Numeric.toHexString(
                StandardErrors.UNKNOWN_SELECTOR.encode(
                    new org.web3j.abi.datatypes.generated.Bytes4(
                        Numeric.hexStringToByteArray("0xdeadbeef")))));
    assertThat(hex(shortArgs))
        .isEqualTo(Numeric.toHexString(StandardErrors.MALFORMED_CALLDATA.encode()));
  }

  private static String invalid(String reason) {
    return Numeric.toHexString(
        LoyaltyErrors.INVALID_PROGRAM_CONFIG.encode(AbiValues.string(reason)));
  }

  @SuppressWarnings("unchecked")
  private static List<Long> uints(Type<?> array) {
    return ((List<Uint256>) array.getValue())
        .stream().map(u -> u.getValue().longValueExact()).toList();
  }
}
