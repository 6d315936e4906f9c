package org.qianliyan.portal.incinerator.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's export files of one import; any may be absent (the daily file alone adds
 * days for plants already imported).
 */
public record LjgkFiles(Path plants, Path furnaces, Path daily) {

    List<Path> present() {
        List<Path> files = new ArrayList<>();
        for (Path file : new Path[] {plants, furnaces, daily}) {
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }
}
