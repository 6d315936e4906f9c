package org.qianliyan.portal.incinerator.hj212.outlets;

import java.io.IOException;

import org.springframework.stereotype.Service;

/** Staff replace the device mapping: checked, saved, then the frames already stored are linked and judged. */
@Service
public class DeviceMapping {

    /**
     * @param devices devices now mapped
     * @param judged  outlet-days judged from frames stored before the mapping
     */
    public record Result(int devices, int judged) {
    }

    private final DeviceMapStore store;
    private final StoredFramesLinker linker;

    public DeviceMapping(DeviceMapStore store, StoredFramesLinker linker) {
        this.store = store;
        this.linker = linker;
    }

    /** @throws InvalidDeviceMapException naming the file and each bad line; nothing changes then */
    public Result replace(byte[] csv, String fileName) throws IOException {
        DeviceMap map = store.replace(csv, fileName);
        return new Result(map.size(), linker.link(map));
    }
}
