package io.coterie.node.rpc.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** GS1's published EPCIS 2.0 JSON schema (test resources, see gs1/SOURCE.md) and its fixtures. */
public final class Gs1Schema {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA;

  static {
    try (InputStream in = resource("gs1/EPCIS-JSON-Schema.json")) {
      SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Gs1Schema() {}

  /** The schema's complaints about {@code document}; empty when it is valid. */
  public static List<String> problems(JsonNode document) {
    return SCHEMA.validate(document).stream().map(Error::toString).toList();
  }

  static List<String> problems(String document) {
    return problems(tree(document));
  }

  static JsonNode tree(String document) {
    try {
      return JSON.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture under this package's test resources, such as {@code farm/pallet.jsonld}. */
  static String fixture(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Gs1Schema.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing test resource io/coterie/node/rpc/epcis/" + name);
    }
    return in;
  }
}
