package io.coterie.node.rpc.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The temperature an event's {@code sensorElementList} reports, as the precompile keeps it: the
 * lowest and highest value in hundredths of a degree Celsius. Reports of anything but temperature
 * in {@code CEL}, and sensor metadata, are refused: the chain has nowhere to keep them.
 */
final class SensorReadings {
  private static final List<String> TEMPERATURE =
      List.of("gs1:Temperature", "Temperature", "https://gs1.org/voc/Temperature");

  private SensorReadings() {}

  /** {@code [min, max]} in centi-degrees, or empty without sensor data. */
  static Optional<long[]> temperatureRange(EventFields event) {
    List<EventFields.Element> elements = event.array("sensorElementList");
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (EventFields.Element element : elements) {
      EventFields sensor = element.object();
      sensor.allowOnly(List.of("sensorReport"), "a sensor element");
      List<EventFields.Element> reports = sensor.array("sensorReport");
      if (reports.isEmpty()) {
        throw EpcisRefusal.at(sensor.pointer("sensorReport"), "a sensor element needs a report");
      }
      for (EventFields.Element item : reports) {
        EventFields report = item.object();
        report.allowOnly(
            List.of("type", "value", "minValue", "maxValue", "uom"), "a sensor report");
        String type = report.requiredText("type");
        if (!TEMPERATURE.contains(type)) {
          throw EpcisRefusal.at(
              report.pointer("type"),
              "the chain records temperature only (gs1:Temperature), not '" + type + "'");
        }
        String uom = report.requiredText("uom");
        if (!uom.equals("CEL")) {
          throw EpcisRefusal.at(
              report.pointer("uom"), "send temperatures in degrees Celsius (uom CEL), not " + uom);
        }
        boolean any = false;
        for (String field : List.of("value", "minValue", "maxValue")) {
          Optional<JsonNode> value = report.node(field);
          if (value.isEmpty()) {
            continue;
          }
          if (!value.get().isNumber()) {
            throw EpcisRefusal.at(report.pointer(field), "must be a number");
          }
          long centi =
              EventContextArgs.centi(new BigDecimal(value.get().asText()), report.pointer(field));
          min = Math.min(min, centi);
          max = Math.max(max, centi);
          any = true;
        }
        if (!any) {
          throw EpcisRefusal.at(report.pointer(), "a temperature report needs value or min/max");
        }
      }
    }
    return elements.isEmpty() ? Optional.empty() : Optional.of(new long[] {min, max});
  }
}
