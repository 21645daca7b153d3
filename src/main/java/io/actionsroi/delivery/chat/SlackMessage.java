package io.actionsroi.delivery.chat;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.Payload;

import io.actionsroi.delivery.EmailModel;

/**
 * The report's message in Slack, as Block Kit: the title, the headline figures, the highlights and a link to
 * the archived PDF (or where the reports are). Text that anyone could have written (action and category
 * titles, in the highlights) goes into {@code plain_text} only, which Slack shows as written: in
 * {@code mrkdwn}, {@code *bold*} would format and {@code <!channel>} would ping, and {@code *} and {@code _}
 * cannot be escaped there. What is {@code mrkdwn} (the figures' names, the link) has {@code &}, {@code <} and
 * {@code >} escaped.
 */
final class SlackMessage {

    private SlackMessage() {
    }

    /** The message's blocks; {@code pdfPosted} when the bot uploads the PDF beside it. */
    static List<LayoutBlock> blocks(ChatMessage message, boolean pdfPosted) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plain(message.title())).build());
        if (message.partial() != null) {
            blocks.add(ContextBlock.builder().elements(List.of(plain(message.partial()))).build());
        }
        List<TextObject> figures = new ArrayList<>();
        for (EmailModel.Figure figure : message.headline()) {
            figures.add(markdown("*" + escape(ChatMessage.figureName(figure)) + "*\n" + escape(message.figureLine(figure))));
        }
        blocks.add(SectionBlock.builder().fields(figures).build());
        if (message.money() != null) {
            blocks.add(SectionBlock.builder().text(plain(message.money())).build());
        }
        blocks.add(DividerBlock.builder().build());
        blocks.add(SectionBlock.builder().text(plain(String.join("\n", message.highlights()))).build());
        if (message.pdfLink() != null) {
            blocks.add(SectionBlock.builder().text(markdown("<" + escape(message.pdfLink().toString())
                    + "|Open the PDF report> (archived; the link expires after some days)")).build());
        }
        else if (pdfPosted) {
            blocks.add(ContextBlock.builder().elements(List.of(plain("The PDF report follows in this channel. "
                    + message.reportsAreIn()))).build());
        }
        else {
            blocks.add(ContextBlock.builder().elements(List.of(plain(message.reportsAreIn()))).build());
        }
        return blocks;
    }

    /** The notification's text, shown where blocks are not (a phone's notification, a screen reader). */
    static String text(ChatMessage message) {
        return escape(message.title() + ": " + message.monthLine());
    }

    /** The incoming webhook's payload: the text and the blocks. */
    static Payload webhookPayload(ChatMessage message) {
        return Payload.builder().text(text(message)).blocks(blocks(message, false)).build();
    }

    /** A payload as the SDK sends it, for the dry run's file. */
    static String json(Payload payload) {
        return GsonFactory.createSnakeCase().toJson(payload);
    }

    /** Text for {@code mrkdwn}: the three characters Slack's markup needs escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(false).build();
    }

    private static MarkdownTextObject markdown(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }
}
