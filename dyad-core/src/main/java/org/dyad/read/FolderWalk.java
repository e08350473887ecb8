package org.dyad.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The files under a folder, recursively and sorted by path so that a run is repeatable; hidden
 * files and folders (".git", ".DS_Store") are skipped. Links are followed, loops reported.
 */
final class FolderWalk {

    /** A file to read, or a path that could not be walked, with its problem. */
    record Entry(Path path, String problem) {
    }

    private FolderWalk() {
    }

    static List<Entry> of(Path root) {
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !isHidden(file)) {
                        entries.add(new Entry(file, null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(file)) {
                        entries.add(new Entry(file, problem(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            entries.add(new Entry(root, problem(e)));
        }
        entries.sort(Comparator.comparing(Entry::path));
        return entries;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String problem(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Problems.NOT_READABLE;
        }
        if (e instanceof FileSystemLoopException) {
            return "a link back to a folder above it: remove the link";
        }
        return "cannot walk (" + e.getMessage() + "): check the folder";
    }
}
