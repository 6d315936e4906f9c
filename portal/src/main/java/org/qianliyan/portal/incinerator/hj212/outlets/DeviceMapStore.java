package org.qianliyan.portal.incinerator.hj212.outlets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.qianliyan.portal.config.QianliyanProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The device mapping in use: {@code hj212-devices.csv} under the data directory, read at
 * start and replaced whole when staff upload a new one (checked first, then written
 * atomically, so a bad upload changes nothing).
 */
@Component
public class DeviceMapStore {

    static final String FILE = "hj212-devices.csv";
    private static final Logger log = LoggerFactory.getLogger(DeviceMapStore.class);

    private final Path file;
    private volatile DeviceMap current;

    public DeviceMapStore(QianliyanProperties properties) throws IOException {
        this.file = properties.dataDir().resolve(FILE);
        this.current = load(file);
    }

    private static DeviceMap load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return DeviceMap.EMPTY;
        }
        try {
            DeviceMap map = DeviceMap.parse(Files.readAllBytes(file), file.toString());
            log.info("HJ 212 device mapping: {} devices from {}", map.size(), file);
            return map;
        } catch (InvalidDeviceMapException e) {
            // The portal still starts; frames are kept under their device numbers until the file is fixed.
            log.error("HJ 212 device mapping not used: {}", e.getMessage());
            return DeviceMap.EMPTY;
        }
    }

    public DeviceMap current() {
        return current;
    }

    /**
     * Checks {@code csv} and, if good, makes it the mapping in use and the file under the data directory.
     *
     * @throws InvalidDeviceMapException naming each bad line; nothing is changed then
     */
    public synchronized DeviceMap replace(byte[] csv, String fileName) throws IOException {
        DeviceMap map = DeviceMap.parse(csv, fileName);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), FILE, ".part");
        try {
            Files.write(temporary, csv);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        current = map;
        log.info("HJ 212 device mapping replaced: {} devices from {}", map.size(), fileName);
        return map;
    }

    public Path file() {
        return file;
    }
}
