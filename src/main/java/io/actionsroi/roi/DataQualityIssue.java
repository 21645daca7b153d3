package io.actionsroi.roi;

/**
 * One entity the figures leave out, or count with a caveat.
 *
 * @param kind which case of the model's data-quality list
 * @param blueprint the entity's blueprint identifier
 * @param identifier the entity's identifier
 * @param reason what is wrong, in words a reader can act on
 */
public record DataQualityIssue(IssueKind kind, String blueprint, String identifier, String reason) {
}
