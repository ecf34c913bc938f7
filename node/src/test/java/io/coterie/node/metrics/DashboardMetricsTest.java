package io.coterie.node.metrics;

import static io.coterie.node.metrics.Scrapes.call;
import static io.coterie.node.metrics.Scrapes.scrape;
import static io.coterie.node.metrics.Scrapes.startNode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.app.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped Grafana dashboard and Prometheus config name only what a running node exports. */
class DashboardMetricsTest {
  private static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Set<String> PROMQL_WORDS =
      Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or");

  @Test
  void everyMetricInTheDashboardIsExportedByANode(@TempDir Path dir) throws Exception {
    JsonNode dashboard =
        new ObjectMapper().readTree(CONFIG.resolve("grafana/coterie-dashboard.json").toFile());
    List<String> expressions = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (JsonNode panel : dashboard.get("panels")) {
      titles.add(panel.get("title").asText());
      panel.get("targets").forEach(target -> expressions.add(target.get("expr").asText()));
    }
    for (JsonNode variable : dashboard.at("/templating/list")) {
      String query = variable.path("query").asText();
      if (query.startsWith("label_values(")) {
        expressions.add(query.substring("label_values(".length(), query.indexOf(',')));
      }
    }
    Set<String> used = new TreeSet<>();
    expressions.forEach(expression -> used.addAll(metricNames(expression)));

    Set<String> exported;
    try (Node node = startNode(dir)) {
      call(node, "eth_blockNumber"); // a labelled RPC series exists once a method has run
      exported = sampleNames(scrape(node));
    }

    assertThat(titles)
        .contains(
            "Chain head",
            "Peers",
            "Transaction pool",
            "Block import duration",
            "QBFT round and height",
            "RPC latency by method",
            "JVM heap",
            "JVM GC");
    assertThat(used)
        .contains(
            "ethereum_blockchain_height",
            "coterie_block_import_duration_seconds_bucket",
            "jvm_memory_used_bytes");
    assertThat(exported).containsAll(used);
  }

  @Test
  void metricNamesAreReadOutOfPromQlWithoutFunctionsLabelsOrRanges() {
    assertThat(
            metricNames(
                "histogram_quantile(0.95, sum by (le, method) (rate(x_bucket{instance=~\"$i\"}"
                    + "[$__rate_interval]))) / on (job) y_total"))
        .containsExactlyInAnyOrder("x_bucket", "y_total");
  }

  @Test
  void prometheusScrapesTheMetricsPortsOfAGeneratedNetwork() throws Exception {
    String config = Files.readString(CONFIG.resolve("prometheus.yml"));
    List<String> targets = new ArrayList<>();
    Matcher m = Pattern.compile("- (127\\.0\\.0\\.1:\\d+)").matcher(config);
    while (m.find()) {
      targets.add(m.group(1));
    }

    // generate-network's default base port 8545, four validators: node i at base+10i+3
    assertThat(targets)
        .containsExactlyElementsOf(
            IntStream.range(0, 4).mapToObj(i -> "127.0.0.1:" + (8545 + 10 * i + 3)).toList());
    assertThat(config).contains("metrics_path: /metrics");
  }

  /** The series names in a PromQL expression: no functions, label matchers, ranges or keywords. */
  static Set<String> metricNames(String expression) {
    String bare =
        expression
            .replaceAll("\\{[^}]*}", "")
            .replaceAll("\\[[^]]*]", "")
            .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(bare);
    while (m.find()) {
      boolean function = bare.substring(m.end()).stripLeading().startsWith("(");
      boolean number = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
      if (!function && !number && !PROMQL_WORDS.contains(m.group())) {
        names.add(m.group());
      }
    }
    return names;
  }

  private static Set<String> sampleNames(String exposition) {
    Set<String> names = new TreeSet<>();
    for (String line : exposition.split("\n")) {
      Matcher m = IDENTIFIER.matcher(line);
      if (!line.startsWith("#") && m.lookingAt()) {
        names.add(m.group());
      }
    }
    return names;
  }
}
