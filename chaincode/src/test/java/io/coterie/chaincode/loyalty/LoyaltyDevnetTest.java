package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.loyalty.LoyaltyFixture.ADMIN;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.MEMBERS;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.PrecompileDirectory;
import io.coterie.chaincode.spi.PrecompileLoader;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The devnet's loyalty setup as ordinary calls on the modules the node loads: #0 (DEFAULT_ADMIN +
 * BRAND) creates program 0 "Coterie Points" (CPT, 18 decimals) at 0x…2000, authorises shop #1, and
 * shop #1 awards members #4–#9.
 */
class LoyaltyDevnetTest {

  @Test
  void devnetSetupIsPlainCallsOnTheLoadedModules() {
    List<PrecompileModule> modules = PrecompileLoader.load();
    ServiceRegistry registry = ServiceRegistry.create();
    modules.forEach(m -> m.register(registry));
    modules.forEach(PrecompileModule::start);
    TestHost host = new TestHost(PrecompileDirectory.of(modules).all());
    SortedMap<Word, List<ChainAddress>> roles = new TreeMap<>();
    roles.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    roles.put(StandardRoles.BRAND_ROLE, List.of(ADMIN));
    roles.put(StandardRoles.SHOP_ROLE, List.of(SHOP));
    roles.put(StandardRoles.MEMBER_ROLE, MEMBERS);
    host.world().putStorage(StandardRoles.ROLES_ADDRESS, RolesGenesis.initialStorage(roles));

    assertThat(
            host.call(
                    ADMIN,
                    LoyaltyAddresses.REGISTRY,
                    LoyaltyCalls.createProgram(NewProgram.coteriePoints()))
                .succeeded())
        .isTrue();
    assertThat(
            host.call(ADMIN, LoyaltyAddresses.REGISTRY, LoyaltyCalls.authoriseShop(0, SHOP))
                .succeeded())
        .isTrue();
    for (int i = 0; i < MEMBERS.size(); i++) {
      TestHost.Outcome award =
          host.call(
              SHOP,
              LoyaltyAddresses.token(0),
              LoyaltyCalls.award(MEMBERS.get(i), 100L * (i + 1), LoyaltyCalls.ref("genesis-" + i)));
      assertThat(award.succeeded()).as("award to member #%d", i + 4).isTrue();
    }

    LoyaltyReader reader = registry.find(LoyaltyReader.class).orElseThrow();
    long now = host.block().timestampSeconds();
    Program program = reader.program(host.world(), 0).orElseThrow();
    assertThat(program.name()).isEqualTo("Coterie Points");
    assertThat(program.symbol()).isEqualTo("CPT");
    assertThat(program.decimals()).isEqualTo(18);
    assertThat(program.token())
        .isEqualTo(ChainAddress.fromHex("0x0000000000000000000000000000000000002000"));
    assertThat(reader.balanceOf(host.world(), 0, MEMBERS.get(5), now)).isEqualTo(600);
    assertThat(reader.totalSupply(host.world(), 0, now)).isEqualTo(BigInteger.valueOf(2_100));
    assertThat(reader.programCount(host.world())).isEqualTo(1);
  }
}
