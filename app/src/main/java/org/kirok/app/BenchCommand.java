package org.kirok.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Parent of the benchmarks. Benchmarks are not tests: they measure, print figures and the
 * machine they ran on, and are reported in docs/benchmarks.md.
 */
@Command(
        name = "bench",
        description = "Run a benchmark and print its figures (see docs/benchmarks.md).",
        subcommands = {
            org.kirok.estimate.EstimateBenchCommand.class,
            org.kirok.linkage.BenchLinkageCommand.class,
            org.kirok.document.AttachmentBenchCommand.class,
            org.kirok.upr.UprBenchCommand.class,
            org.kirok.security.CrashBenchCommand.class,
            org.kirok.analysis.linkage.LinkageAppBenchCommand.class,
            org.kirok.dashboard.DashboardBenchCommand.class,
            org.kirok.search.cli.SearchBenchCommand.class,
        })
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
