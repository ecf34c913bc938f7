package io.coterie.node.rpc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RpcParamsTest {
  private static RpcParams params(String json) throws Exception {
    return new RpcParams((ArrayNode) new ObjectMapper().readTree(json));
  }

  @Test
  void typedGettersDecode() throws Exception {
    RpcParams params = params("[\"0x10\", \"0x0102\", true, \"latest\", null]");
    assertThat(params.requiredQuantity(0, "value")).isEqualTo(BigInteger.valueOf(16));
    assertThat(params.requiredLong(0, "value")).isEqualTo(16L);
    assertThat(params.requiredData(1, "data")).containsExactly(1, 2);
    assertThat(params.requiredBoolean(2, "full")).isTrue();
    assertThat(params.requiredBlock(3, "block")).isEqualTo(BlockParameter.LATEST);
    assertThat(params.optional(4, "absent")).isEmpty();
    assertThat(params.optionalBlock(5, "block", BlockParameter.LATEST))
        .isEqualTo(BlockParameter.LATEST);
    assertThat(params.optionalBoolean(7, "flag", false)).isFalse();
  }

  @Test
  void missingRequiredParamIsNamed() throws Exception {
    assertThatThrownBy(() -> params("[]").requiredString(0, "address"))
        .isInstanceOf(InvalidParamsException.class)
        .hasMessage("missing value for required argument 0 (address)");
    assertThatThrownBy(() -> params("[null]").requiredString(0, "address"))
        .hasMessage("missing value for required argument 0 (address)");
  }

  @Test
  void wrongTypesNameTheParamAndTheExpectation() throws Exception {
    assertThatThrownBy(() -> params("[12]").requiredQuantity(0, "blockNumber"))
        .hasMessage("invalid param 0 (blockNumber): expected a string, got number 12");
    assertThatThrownBy(() -> params("[\"0x01\"]").requiredQuantity(0, "blockNumber"))
        .hasMessageStartingWith(
            "invalid param 0 (blockNumber): expected a 0x-prefixed hex quantity without leading"
                + " zeros");
    assertThatThrownBy(() -> params("[\"0x\", \"0x1\"]").requiredData(1, "input", 20))
        .hasMessageStartingWith("invalid param 1 (input): expected 0x-prefixed hex data");
    assertThatThrownBy(() -> params("[\"yes\"]").requiredBoolean(0, "fullTransactions"))
        .hasMessage(
            "invalid param 0 (fullTransactions): expected true or false, got string \"yes\"");
    assertThatThrownBy(() -> params("[\"soon\"]").requiredBlock(0, "block"))
        .hasMessageStartingWith("invalid param 0 (block): expected a block number");
  }

  @Test
  void tooManyArgumentsSaysTheLimit() throws Exception {
    assertThatThrownBy(() -> params("[1,2,3]").atMost(2))
        .hasMessage("too many arguments: got 3, want at most 2");
  }
}
