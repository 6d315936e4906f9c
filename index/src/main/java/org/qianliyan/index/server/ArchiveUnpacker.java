package org.qianliyan.index.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.qianliyan.index.IndexException;

/**
 * Unpacks the server archive once into {@code <base>/<top folder of the zip>}; a marker
 * file records which archive it came from, so a new version unpacks beside the old one
 * and an interrupted unpack is redone.
 */
final class ArchiveUnpacker {

    private static final String MARKER = ".qianliyan-unpacked";

    /** The server's home directory, unpacked if needed. */
    Path unpack(Path archive, Path base) {
        if (!Files.isRegularFile(archive)) {
            throw new IndexException("the Elasticsearch archive " + archive.toAbsolutePath() + " is missing;"
                    + " rebuild with ./mvnw package, or set spring.elasticsearch.uris to use a running cluster");
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            String top = topFolder(zip, archive);
            Path home = base.resolve(top);
            String stamp = archive.getFileName() + " " + Files.size(archive);
            Path marker = home.resolve(MARKER);
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
                return home;
            }
            deleteRecursively(home);
            Path staging = base.resolve(top + ".unpacking");
            deleteRecursively(staging);
            extract(zip, staging);
            Files.move(staging.resolve(top), home, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(staging);
            Files.writeString(marker, stamp);
            return home;
        } catch (ZipException e) {
            throw new IndexException("the Elasticsearch archive " + archive.toAbsolutePath() + " is corrupt ("
                    + e.getMessage() + "); delete it and rebuild with ./mvnw package", e);
        } catch (IOException e) {
            throw new IndexException("cannot unpack Elasticsearch into " + base.toAbsolutePath() + ": " + e.getMessage()
                    + "; check that the data directory (qianliyan.data-dir) is writable and has space", e);
        }
    }

    private static String topFolder(ZipFile zip, Path archive) throws ZipException {
        return zip.stream()
                .map(ZipEntry::getName)
                .filter(name -> name.contains("/"))
                .map(name -> name.substring(0, name.indexOf('/')))
                .findFirst()
                .orElseThrow(() -> new ZipException("no top-level folder in " + archive.getFileName()));
    }

    private static void extract(ZipFile zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            Path path = root.resolve(entry.getName()).normalize();
            if (!path.startsWith(root)) {
                throw new ZipException("entry outside the archive root: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(path);
                continue;
            }
            Files.createDirectories(path.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
            }
            // Zip entries lose their mode bits here; the launch scripts and native helpers must run.
            String parent = path.getParent().getFileName().toString();
            if (parent.equals("bin") || parent.equals("platform") || path.toString().contains("/native/")
                    || path.toString().contains("/bin/")) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
