package io.actionsroi.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Which team reports an output step still has to render. The summary step deletes the team reports of an
 * earlier execution before it writes the JSONs, so an output that exists was rendered from the JSON beside
 * it: a restart after a crash in the middle of the team outputs renders only the teams whose file of that
 * kind is missing. (Each file is written under a temporary name and renamed, so none is half-written.)
 */
final class TeamOutputs {

    private TeamOutputs() {
    }

    /** The team reports whose output of the kind {@code output} names is missing. */
    static List<ReportFiles> missing(ReportFiles organisation, Function<ReportFiles, Path> output) {
        return organisation.teams().stream().filter(team -> !Files.isRegularFile(output.apply(team))).toList();
    }
}
