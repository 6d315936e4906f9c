package org.qianliyan.portal.incinerator.hj212.outlets;

import java.util.List;

/** A device mapping file that cannot be used; the message names the file and each bad line. */
public class InvalidDeviceMapException extends RuntimeException {

    public InvalidDeviceMapException(List<String> problems) {
        super(String.join("; ", problems));
    }
}
