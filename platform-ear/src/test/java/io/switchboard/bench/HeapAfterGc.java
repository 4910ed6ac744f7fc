package io.switchboard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heap a server's JVM uses right after a full GC, read with the JDK's {@code jcmd}. */
final class HeapAfterGc {

    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private HeapAfterGc() {
    }

    /** Bytes of heap in use after {@code jcmd <pid> GC.run}: all generations together (not the metaspace). */
    static long of(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = USED.matcher(info);
        long kilobytes = 0;
        boolean found = false;
        while (used.find()) { // one line per generation with the parallel collector (young, old), one with G1
            kilobytes += Long.parseLong(used.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("No heap figure in jcmd GC.heap_info:\n" + info);
        }
        return kilobytes * 1024;
    }

    /** Bytes per class of the live objects ({@code jcmd <pid> GC.class_histogram}, which collects first). */
    static java.util.Map<String, Long> histogram(long pid) throws IOException, InterruptedException {
        java.util.Map<String, Long> bytes = new java.util.HashMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
        for (String line : jcmd(pid, "GC.class_histogram").split("\\R")) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                bytes.merge(m.group(2), Long.parseLong(m.group(1)), Long::sum);
            }
        }
        return bytes;
    }

    /** The classes whose live bytes grew most from one histogram to the next, as "class +N KB" texts. */
    static java.util.List<String> grewMost(java.util.Map<String, Long> before, java.util.Map<String, Long> after,
                                           int count) {
        return after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(count)
                .map(e -> e.getKey() + " +" + Math.round(e.getValue() / 1024.0) + " KB").toList();
    }

    static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
        }
        return output;
    }
}
