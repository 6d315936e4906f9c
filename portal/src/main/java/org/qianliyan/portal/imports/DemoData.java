package org.qianliyan.portal.imports;

import java.io.IOException;

/**
 * The generated demo documents of every kind, as {@link DemoRetirement} needs them: the
 * feature that knows their indices implements it, so this package depends on no feature.
 */
public interface DemoData {

    /** @return how many demo documents of every kind were deleted */
    long eraseEveryKind() throws IOException;
}
