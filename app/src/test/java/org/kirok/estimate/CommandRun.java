package org.kirok.estimate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of {@code kirok estimate}: its exit code and what it wrote. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun estimate(String... arguments) {
        List<String> all = new ArrayList<>(Arrays.asList(arguments));
        all.add("--no-progress");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new EstimateCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(all.toArray(String[]::new));
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (JsonProcessingException malformed) {
            throw new AssertionError("stdout is not one JSON object: " + out + "\nstderr: " + err, malformed);
        }
    }
}
