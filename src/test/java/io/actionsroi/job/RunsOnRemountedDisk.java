package io.actionsroi.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.actionsroi.ActionsRoiApplication;

/**
 * Runs the report command several times in one JVM, each time on a tmpfs mounted anew at the output
 * folder: the first time mounted, then remounted with other options (a larger size, read-only, writable
 * again), as an operator frees space or fixes the rights between two runs. Run by
 * {@link FullDiskFunctionalTests} inside a mount namespace of its own, where it may mount.
 *
 * <p>Arguments: the output folder, the mount options of each run ({@code size=200k}, {@code ro},
 * {@code rw,size=400k}), {@code --}, then the command's arguments. Before each run it prints
 * {@code === run N: <options>}, after it {@code === exit <code>; files: <the report folder's files>}.
 */
public final class RunsOnRemountedDisk {

    private RunsOnRemountedDisk() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path outputDir = Path.of(args[0]);
        int separator = Arrays.asList(args).indexOf("--");
        List<String> mounts = Arrays.asList(args).subList(1, separator);
        String[] command = Arrays.copyOfRange(args, separator + 1, args.length);
        for (int run = 0; run < mounts.size(); run++) {
            String options = mounts.get(run);
            System.out.println("=== run " + (run + 1) + ": " + options);
            mount(run == 0 ? List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", outputDir.toString())
                    : List.of("mount", "-o", "remount," + options, outputDir.toString()));
            int exitCode = ActionsRoiApplication.run(command);
            System.out.println("=== exit " + exitCode + "; files: " + files(outputDir));
        }
        System.exit(0);
    }

    private static void mount(List<String> command) throws IOException, InterruptedException {
        Process mount = new ProcessBuilder(command).inheritIO().start();
        if (mount.waitFor() != 0) {
            System.out.println("=== could not " + String.join(" ", command));
            System.exit(99);
        }
    }

    /** The names of the files in the report folders, sorted. */
    private static String files(Path outputDir) throws IOException {
        try (Stream<Path> files = Files.walk(outputDir)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted()
                    .collect(Collectors.joining(", "));
        }
    }
}
