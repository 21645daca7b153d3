package io.actionsroi.report.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;

import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.DataQualityIssue;
import io.actionsroi.roi.RoiResult;

/**
 * A text of the data with characters none of the report's fonts has: they print as U+FFFD, and the report
 * lists them rather than drop them silently.
 *
 * @param where what the text is, such as "Action title"
 * @param codePoints the characters missing, in code point order
 */
record UnprintableText(String where, String text, SortedSet<Integer> codePoints) {

    /** The characters as {@code U+E000, U+10FFFD}. */
    String codes() {
        return codePoints.stream().map(codePoint -> String.format("U+%04X", codePoint))
                .collect(Collectors.joining(", "));
    }

    /** Every text of {@code result} the report prints that has such characters, each once. */
    static List<UnprintableText> find(RoiResult result, Optional<String> organisation, Typesetter type) {
        Map<String, String> texts = new LinkedHashMap<>();
        organisation.ifPresent(name -> texts.putIfAbsent(name, "Organisation (report.pdf.organisation)"));
        texts.putIfAbsent(result.source(), "Source");
        for (ActionFigures action : result.actions()) {
            texts.putIfAbsent(action.name(), "Action title");
        }
        result.categories().forEach(category -> texts.putIfAbsent(category.title(), "Category"));
        result.teams().forEach(team -> texts.putIfAbsent(team.title(), "Team"));
        result.adoption().teamsDetail().forEach(team -> texts.putIfAbsent(team.title(), "Team"));
        for (DataQualityIssue issue : result.dataQuality().items()) {
            texts.putIfAbsent(issue.identifier(), "Identifier (data quality)");
            texts.putIfAbsent(issue.reason(), "Reason (data quality)");
        }
        List<UnprintableText> unprintable = new ArrayList<>();
        texts.forEach((text, where) -> {
            SortedSet<Integer> missing = type.unprintable(text);
            if (!missing.isEmpty()) {
                unprintable.add(new UnprintableText(where, text, missing));
            }
        });
        return unprintable;
    }
}
