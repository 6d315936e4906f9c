package org.qianliyan.portal.incinerator.hj212.outlets;

import java.io.IOException;
import java.util.List;

import org.qianliyan.portal.api.BadApiRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API of the HJ 212 device mapping: {@code GET /api/v1/staff/hj212/unmapped} lists the
 * devices whose data are stored but not linked; {@code PUT /api/v1/staff/hj212/mapping}
 * with a CSV body ({@code mn,ps_code,mp_code}) replaces the mapping.
 */
@RestController
@RequestMapping("/api/v1/staff/hj212")
class Hj212StaffController {

    private final UnmappedDevices unmapped;
    private final DeviceMapping mapping;

    Hj212StaffController(UnmappedDevices unmapped, DeviceMapping mapping) {
        this.unmapped = unmapped;
        this.mapping = mapping;
    }

    @GetMapping(value = "/unmapped", produces = MediaType.APPLICATION_JSON_VALUE)
    List<UnmappedDevices.UnmappedDevice> unmapped() throws IOException {
        return unmapped.list();
    }

    @PutMapping(value = "/mapping", produces = MediaType.APPLICATION_JSON_VALUE)
    DeviceMapping.Result replace(@RequestBody byte[] csv) throws IOException {
        try {
            return mapping.replace(csv, "mapping");
        } catch (InvalidDeviceMapException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }
}
