package org.qianliyan.portal.ui.bench;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;

/**
 * Live objects by class, as {@code jcmd <pid> GC.class_histogram} prints them, taken from inside the JVM (the
 * command forces a full GC first, so only reachable objects count). Two histograms around a batch of sessions
 * show what each session holds, class by class.
 */
final class ClassHistogram {

    /** One row of the command's output: {@code   12:   3456   78901  com.example.Name (module)}. */
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final Map<String, long[]> byClass;

    private ClassHistogram(Map<String, long[]> byClass) {
        this.byClass = byClass;
    }

    static ClassHistogram take() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> byClass = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                byClass.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
            }
        }
        return new ClassHistogram(byClass);
    }

    /** The {@code top} classes that grew most in bytes since {@code before}, per session. */
    String growthSince(ClassHistogram before, int sessions, int top) {
        StringBuilder table = new StringBuilder(String.format("%10s %10s  %s%n", "B/session", "obj/session", "class"));
        byClass.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), growth(e.getValue(), before.byClass.getOrDefault(e.getKey(), new long[2]))))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(top)
                .forEach(e -> table.append(String.format("%10.0f %10.1f  %s%n", e.getValue()[1] / (double) sessions,
                        e.getValue()[0] / (double) sessions, e.getKey())));
        return table.toString();
    }

    private static long[] growth(long[] after, long[] before) {
        return new long[] {after[0] - before[0], after[1] - before[1]};
    }
}
