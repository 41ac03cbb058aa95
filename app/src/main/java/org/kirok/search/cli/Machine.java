package org.kirok.search.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a benchmark ran on, for docs/benchmarks.md: cores, CPU model, JDK and heap limit; and the CPU time
 * spent, which unlike wall-clock time does not grow when other processes share the cores.
 */
final class Machine {
    private Machine() {
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The 1-, 5- and 15-minute load averages of /proc/loadavg: how busy the shared cores were. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | SecurityException | ArrayIndexOutOfBoundsException unreadable) {
            return "unknown";
        }
    }

    static String describe() {
        String cpu;
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException | SecurityException unreadable) {
            cpu = "unknown (" + System.getProperty("os.arch") + ")";
        }
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "machine: nproc %d, CPU \"%s\", %s %s, max heap %,d MB",
                runtime.availableProcessors(), cpu, System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), runtime.maxMemory() / (1024 * 1024));
    }
}
