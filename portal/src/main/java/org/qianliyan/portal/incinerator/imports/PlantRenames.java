package org.qianliyan.portal.incinerator.imports;

import org.qianliyan.portal.incinerator.domain.Plant;

/**
 * Guards stored plants against a worse copy of the plant list: a file that would rename
 * most of them is far more likely mis-encoded or mangled by a spreadsheet than a real
 * wave of renamings, so the import asks for {@code --force} instead of writing it.
 */
final class PlantRenames {

    private final int stored;
    private int renamed;
    private String example;

    /** @param stored the real (not demo) plants stored before this import */
    PlantRenames(int stored) {
        this.stored = stored;
    }

    void compare(Plant before, Plant after) {
        if (before != null && !before.name().equals(after.name())) {
            renamed++;
            if (example == null) {
                example = "「" + before.name() + "」 → 「" + after.name() + "」";
            }
        }
    }

    boolean renameMost() {
        return stored > 0 && renamed * 2 > stored;
    }

    String refusal(String fileName) {
        return fileName + " would rename " + renamed + " of the " + stored + " stored plants (such as " + example
                + "); nothing was imported. Check the file's encoding and content, or import it with --force if"
                + " the new names are right";
    }
}
