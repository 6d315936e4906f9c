package org.qianliyan.portal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Options of the form {@code --name value} and flags of the form {@code --name}, checked
 * against what a command accepts so a typo is an error rather than silently ignored.
 */
public final class CliArguments {

    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional;

    private CliArguments(List<String> positional) {
        this.positional = positional;
    }

    /**
     * Parses {@code arguments}.
     *
     * @param valueOptions option names that take a value, without dashes
     * @param flagOptions  option names that take none
     */
    public static CliArguments parse(List<String> arguments, Set<String> valueOptions, Set<String> flagOptions) {
        var positional = new java.util.ArrayList<String>();
        var parsed = new CliArguments(positional);
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                positional.add(argument);
                continue;
            }
            String name = argument.substring(2);
            if (flagOptions.contains(name)) {
                parsed.flags.add(name);
            } else if (valueOptions.contains(name)) {
                if (i + 1 >= arguments.size()) {
                    throw new CliUsageException("option --" + name + " needs a value");
                }
                parsed.options.put(name, arguments.get(++i));
            } else {
                throw new CliUsageException("unknown option " + argument);
            }
        }
        return parsed;
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** The option's value as a path to a readable file, or a usage error naming the problem. */
    public Optional<Path> readableFile(String name) {
        return option(name).map(value -> requireReadableFile(value, "--" + name));
    }

    /** {@code value} as a path to a readable regular file, or a usage error naming {@code what}. */
    public static Path requireReadableFile(String value, String what) {
        Path path = Path.of(value);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new CliUsageException(what + ": cannot read file " + path.toAbsolutePath());
        }
        return path;
    }
}
