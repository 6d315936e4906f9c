package org.qianliyan.portal.incinerator.hj212.outlets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qianliyan.portal.incinerator.imports.CsvTable;

/**
 * Which outlet each HJ 212 device number measures, read from a CSV file with the columns
 * {@code mn,ps_code,mp_code} (more columns, such as a note, are ignored). In HJ 212-2017
 * the device number names the monitoring point; {@code PNO} in a frame is the packet
 * number of a split message, not an outlet, so the device number alone is the key.
 */
public final class DeviceMap {

    public static final List<String> COLUMNS = List.of("mn", "ps_code", "mp_code");
    public static final DeviceMap EMPTY = new DeviceMap(Map.of());

    private final Map<String, DeviceOutlet> byMn;

    private DeviceMap(Map<String, DeviceOutlet> byMn) {
        this.byMn = byMn;
    }

    /**
     * @throws InvalidDeviceMapException naming the file and every bad line: a missing column, a
     *                                   blank value, a device number given twice
     */
    public static DeviceMap parse(byte[] csv, String fileName) throws IOException {
        Map<String, DeviceOutlet> byMn = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<String> problems = new ArrayList<>();
        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(csv), fileName, COLUMNS)) {
            Map<String, String> row;
            while ((row = table.next()) != null) {
                int line = table.lineNumber();
                String mn = row.get("mn");
                String plant = row.get("ps_code");
                String point = row.get("mp_code");
                if (mn.isEmpty() || plant.isEmpty() || point.isEmpty()) {
                    problems.add(fileName + ": line " + line + ": mn, ps_code and mp_code are all required");
                } else if (firstLine.putIfAbsent(mn, line) != null) {
                    problems.add(fileName + ": line " + line + ": device " + mn + " is already mapped on line "
                            + firstLine.get(mn));
                } else {
                    byMn.put(mn, new DeviceOutlet(mn, plant, point));
                }
            }
        } catch (org.qianliyan.portal.incinerator.imports.InvalidFileException e) {
            throw new InvalidDeviceMapException(List.of(e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDeviceMapException(problems);
        }
        return new DeviceMap(Map.copyOf(byMn));
    }

    public Optional<DeviceOutlet> outlet(String mn) {
        return Optional.ofNullable(byMn.get(mn));
    }

    public Collection<DeviceOutlet> outlets() {
        return byMn.values();
    }

    public int size() {
        return byMn.size();
    }
}
