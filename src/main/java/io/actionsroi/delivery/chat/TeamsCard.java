package io.actionsroi.delivery.chat;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.actionsroi.delivery.EmailModel;

/**
 * The report's message in Microsoft Teams: an Adaptive Card in a message, as a Workflows webhook takes it,
 * with the title, the headline figures, the highlights, and a button to the archived PDF. Teams cannot take
 * files from a webhook: without the archive the card says where the reports are. A {@code TextBlock} reads
 * Markdown ({@code [text](url)} would be a link, {@code _x_} italics), so text that anyone could have written
 * (the highlights name actions and categories) and a folder's path go into {@code TextRun}s of a
 * {@code RichTextBlock}, which Teams shows as written.
 */
final class TeamsCard {

    private static final String CARD_TYPE = "application/vnd.microsoft.card.adaptive";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TeamsCard() {
    }

    /** The webhook's body: a message with the card as its one attachment. */
    private static ObjectNode message(ChatMessage message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "message");
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("contentType", CARD_TYPE);
        attachment.putNull("contentUrl");
        attachment.set("content", card(message));
        return body;
    }

    /** The body as JSON text. */
    static String json(ChatMessage message) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(message(message));
    }

    private static ObjectNode card(ChatMessage message) {
        ObjectNode card = JSON.createObjectNode();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        ArrayNode body = card.putArray("body");
        text(body, message.title()).put("weight", "Bolder").put("size", "Medium");
        if (message.partial() != null) {
            text(body, message.partial()).put("color", "Attention");
        }
        ObjectNode facts = body.addObject().put("type", "FactSet");
        ArrayNode list = facts.putArray("facts");
        for (EmailModel.Figure figure : message.headline()) {
            list.addObject().put("title", ChatMessage.figureName(figure)).put("value", message.figureLine(figure));
        }
        if (message.money() != null) {
            text(body, message.money());
        }
        text(body, "Highlights").put("weight", "Bolder").put("separator", true);
        message.highlights().forEach(highlight -> asWritten(body, highlight));
        if (message.pdfLink() != null) {
            card.putArray("actions").addObject()
                    .put("type", "Action.OpenUrl")
                    .put("title", "Open the PDF report")
                    .put("url", message.pdfLink().toString());
        }
        else {
            asWritten(body, "Teams cannot carry the report's files. " + message.reportsAreIn()).put("isSubtle", true);
        }
        return card;
    }

    /** A paragraph shown as written: a rich text block of one run, which takes no Markdown. */
    private static ObjectNode asWritten(ArrayNode body, String text) {
        ObjectNode run = body.addObject().put("type", "RichTextBlock").putArray("inlines").addObject();
        return run.put("type", "TextRun").put("text", text);
    }

    private static ObjectNode text(ArrayNode body, String text) {
        return body.addObject().put("type", "TextBlock").put("text", text).put("wrap", true);
    }
}
