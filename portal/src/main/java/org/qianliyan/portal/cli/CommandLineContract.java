package org.qianliyan.portal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Every command of the jar's command line with its options ({@code docs/cli.md}): parsed and
 * checked by picocli before anything starts, so {@code --help}, a typo or a missing file
 * answers at once. What a command does lives in its feature, as a {@link CliCommand} bean for
 * one of these classes.
 */
public final class CommandLineContract {

    private CommandLineContract() {
    }

    @Command(name = "qianliyan", mixinStandardHelpOptions = true, versionProvider = ProgramVersion.class,
            description = "千里眼 Qianliyan: environmental transparency and public opinion.%n"
                    + "Settings such as --qianliyan.data-dir=DIR or --spring.elasticsearch.uris=URL may follow any command.",
            subcommands = {Serve.class, Import.class, Crawl.class, Sources.class, User.class, Nlp.class},
            commandListHeading = "%nCommands:%n")
    public static final class Program {
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Serve the portal on port 8080 (the default when no command is given).")
    public static final class Serve {
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import data.",
            subcommands = {ImportLjgk.class, ImportCases.class, ImportHj212.class})
    public static final class Import {
    }

    @Command(name = "ljgk", mixinStandardHelpOptions = true,
            description = "Import the ministry platform's incinerator export (plants, furnaces, daily means).")
    public static final class ImportLjgk implements Checked {
        @Spec
        CommandSpec spec;

        @Option(names = "--plants", paramLabel = "F", converter = ReadableFile.class, description = "plant list CSV")
        public Path plants;

        @Option(names = "--furnaces", paramLabel = "F", converter = ReadableFile.class, description = "furnace list CSV")
        public Path furnaces;

        @Option(names = "--daily", paramLabel = "F", converter = ReadableFile.class, description = "daily means CSV")
        public Path daily;

        @Option(names = "--skip-invalid", description = "import the valid rows and skip the rest")
        public boolean skipInvalid;

        @Option(names = "--force", description = "import a plant list even though it renames most stored plants")
        public boolean force;

        @Override
        public void check() {
            if (plants == null && furnaces == null && daily == null) {
                throw new ParameterException(spec.commandLine(), "give at least one of --plants, --furnaces, --daily");
            }
        }
    }

    @Command(name = "cases", mixinStandardHelpOptions = true,
            description = "Import enforcement cases: .csv, .xlsx or .json with the 双公示 headers.")
    public static final class ImportCases {
        @Parameters(paramLabel = "F", converter = ReadableFile.class, description = "the file of cases")
        public Path file;

        @Option(names = "--skip-invalid", description = "import the valid rows and skip the rest")
        public boolean skipInvalid;
    }

    @Command(name = "hj212", mixinStandardHelpOptions = true, description = "Replay a file of HJ 212 frames, one per line.")
    public static final class ImportHj212 {
        @Parameters(paramLabel = "F", converter = ReadableFile.class, description = "the file of frames")
        public Path file;
    }

    @Command(name = "crawl", mixinStandardHelpOptions = true,
            description = "Crawl the configured sources: one pass with --once, otherwise until stopped.")
    public static final class Crawl {
        @Option(names = "--source", paramLabel = "ID", description = "only this source")
        String source;

        @Option(names = "--once", description = "one pass until nothing is due, then exit")
        public boolean once;

        public Optional<String> source() {
            return Optional.ofNullable(source);
        }
    }

    @Command(name = "sources", mixinStandardHelpOptions = true, description = "Manage crawl sources.",
            subcommands = SourcesAdd.class)
    public static final class Sources {
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add or replace a crawl source from its JSON profile.")
    public static final class SourcesAdd {
        @Parameters(paramLabel = "F.json", converter = ReadableFile.class, description = "the source profile")
        public Path file;
    }

    @Command(name = "user", mixinStandardHelpOptions = true, description = "Manage staff accounts.",
            subcommands = {UserAdd.class, UserDisable.class, UserList.class})
    public static final class User {
    }

    /** The roles a staff account can have. */
    public enum Role { staff, admin }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a staff account; the password is read from standard input.")
    public static final class UserAdd {
        @Parameters(paramLabel = "NAME", description = "the login name")
        public String name;

        @Option(names = "--role", required = true, paramLabel = "staff|admin", description = "staff or admin")
        public Role role;
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a staff account: no more logins, and its API tokens stop working.")
    public static final class UserDisable {
        @Parameters(paramLabel = "NAME", description = "the login name")
        public String name;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the staff accounts (never their password hashes).")
    public static final class UserList {
        @Option(names = "--json", description = "the accounts as a JSON array instead of a table")
        public boolean json;
    }

    @Command(name = "nlp", mixinStandardHelpOptions = true, description = "Chinese text analysis.",
            subcommands = {NlpAnalyze.class, NlpTrain.class})
    public static final class Nlp {
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = "Analyse the text on standard input; the analysis as JSON on standard output.")
    public static final class NlpAnalyze {
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Train the sentiment model from the CSV files (label and text columns) in DIR.")
    public static final class NlpTrain {
        @Option(names = "--sentiment", required = true, paramLabel = "DIR", converter = ExistingDirectory.class,
                description = "folder of labelled CSV files")
        public Path sentiment;
    }

    /** Options that need a check across several options, run after parsing. */
    interface Checked {
        /** @throws ParameterException with the reason, which is a usage error */
        void check();
    }

    static final class ReadableFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path path = Path.of(value);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new TypeConversionException("cannot read file " + path.toAbsolutePath());
            }
            return path;
        }
    }

    static final class ExistingDirectory implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path path = Path.of(value);
            if (!Files.isDirectory(path)) {
                throw new TypeConversionException("not a directory: " + path.toAbsolutePath());
            }
            return path;
        }
    }
}
