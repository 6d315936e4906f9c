package org.qianliyan.index.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.sun.security.auth.module.UnixSystem;
import org.qianliyan.index.IndexException;

/**
 * Who the server process runs as. Elasticsearch refuses to run as root, so when this JVM
 * is root the server runs as {@code nobody}, and everything it touches must be owned by
 * and reachable for that user.
 */
final class ServerUser {

    static final String UNPRIVILEGED = "nobody";
    private static final String UNPRIVILEGED_GROUP = "nogroup";

    private final boolean root;

    private ServerUser(boolean root) {
        this.root = root;
    }

    static ServerUser current() {
        return new ServerUser(new UnixSystem().getUid() == 0);
    }

    boolean switchesUser() {
        return root;
    }

    /**
     * The command prefix: {@code setpriv} drops to nobody when we are root and, in every
     * case, asks the kernel to send the server SIGTERM if its parent dies, so even a
     * killed portal leaves no orphan.
     */
    List<String> commandPrefix() {
        List<String> prefix = new ArrayList<>();
        if (!Files.isExecutable(Path.of("/usr/bin/setpriv")) && !Files.isExecutable(Path.of("/bin/setpriv"))) {
            if (root) {
                throw new IndexException("running as root needs setpriv (util-linux) to start Elasticsearch as "
                        + UNPRIVILEGED + "; install util-linux or run the portal as an ordinary user");
            }
            return prefix;
        }
        prefix.add("setpriv");
        if (root) {
            prefix.addAll(List.of("--reuid=" + UNPRIVILEGED, "--regid=" + UNPRIVILEGED_GROUP, "--clear-groups"));
        }
        prefix.add("--pdeathsig=SIGTERM");
        return prefix;
    }

    /** True when {@code directory} and every parent can be entered by the server's user. */
    boolean canReach(Path directory) {
        if (!root) {
            return true;
        }
        for (Path p = directory.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    /** Hands {@code directory} and everything below it to the server's user. */
    void own(Path directory) {
        if (!root) {
            return;
        }
        try {
            UserPrincipalLookupService lookup = directory.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal user = lookup.lookupPrincipalByName(UNPRIVILEGED);
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(UNPRIVILEGED_GROUP);
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
                    if (!user.equals(view.getOwner())) {
                        view.setOwner(user);
                        view.setGroup(group);
                    }
                }
            }
        } catch (IOException e) {
            throw new IndexException("cannot give " + directory + " to the user " + UNPRIVILEGED
                    + " that runs Elasticsearch: " + e.getMessage(), e);
        }
    }

    static Set<PosixFilePermission> traversable() {
        return Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
    }
}
