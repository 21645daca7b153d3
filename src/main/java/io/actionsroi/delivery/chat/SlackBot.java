package io.actionsroi.delivery.chat;

import java.io.IOException;
import java.util.List;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;

/**
 * A Slack bot posting to one channel: the message (chat.postMessage), then the PDF (the files upload v2 API:
 * files.getUploadURLExternal, the upload, files.completeUploadExternal). Each is counted in the ledger on its
 * own, so that a rerun after a failed upload uploads the PDF without posting the message again.
 */
final class SlackBot {

    static final String MESSAGE_CHANNEL = "slack-bot";
    static final String FILE_CHANNEL = "slack-bot-file";

    private final MethodsClient methods;
    private final String channel;

    private SlackBot(MethodsClient methods, String channel) {
        this.methods = methods;
        this.channel = channel;
    }

    static ChatTarget target(MethodsClient methods, String channel) {
        SlackBot bot = new SlackBot(methods, channel);
        String name = "the Slack channel " + channel;
        return new ChatTarget(name, ChatUrls.hash(channel), ChatTarget.Service.SLACK, message -> List.of(
                new ChatTarget.Delivery(MESSAGE_CHANNEL, "Posting to " + name, () -> bot.postMessage(message)),
                new ChatTarget.Delivery(FILE_CHANNEL, "Uploading the PDF to " + name, () -> bot.uploadPdf(message))));
    }

    private String postMessage(ChatMessage message) throws ChatFailure {
        ChatPostMessageResponse response = call(() -> methods.chatPostMessage(request -> request
                .channel(channel)
                .text(SlackMessage.text(message))
                .blocks(SlackMessage.blocks(message, true))
                .unfurlLinks(false)));
        return response.getTs();
    }

    private String uploadPdf(ChatMessage message) throws ChatFailure {
        FilesUploadV2Response response = call(() -> methods.filesUploadV2(request -> request
                .channel(channel)
                .file(message.pdf().toFile())
                .filename(message.pdf().getFileName().toString())
                .title(message.title())));
        return response.getFile() != null ? response.getFile().getId() : null;
    }

    /** One Web API call, its failures told apart: rate limited, a server error, or refused. */
    private static <T extends SlackApiTextResponse> T call(Call<T> call) throws ChatFailure {
        T response;
        try {
            response = call.run();
        }
        catch (SlackApiException e) {
            String error = e.getError() != null ? e.getError().getError() : null;
            throw ChatFailure.ofStatus(e.getResponse().code(), error, e.getResponse().header("Retry-After"));
        }
        catch (SlackFilesUploadV2Exception e) {
            throw uploadFailure(e);
        }
        catch (IOException e) {
            throw ChatFailure.transientFailure("no answer from Slack (" + e.getMessage() + ")");
        }
        if (!response.isOk()) {
            throw refusal(response.getError(), response.getNeeded());
        }
        return response;
    }

    /** Why a step of the upload failed: the first answer that was not ok. */
    private static ChatFailure uploadFailure(SlackFilesUploadV2Exception e) {
        for (SlackApiTextResponse step : e.getGetURLResponses()) {
            if (!step.isOk()) {
                return refusal(step.getError(), step.getNeeded());
            }
        }
        for (FilesUploadV2Response.UploadResponse upload : e.getUploadResponses().values()) {
            if (upload.getCode() != 200) {
                return ChatFailure.ofStatus(upload.getCode(), "the upload of the PDF", null);
            }
        }
        if (e.getCompleteResponse() != null && !e.getCompleteResponse().isOk()) {
            return refusal(e.getCompleteResponse().getError(), e.getCompleteResponse().getNeeded());
        }
        return ChatFailure.refused("the upload of the PDF failed");
    }

    /** An answer that was not ok: Slack's error, and the scope it needed when that was the reason. */
    private static ChatFailure refusal(String error, String needed) {
        return ChatFailure.refused("Slack answered " + error + (needed == null ? "" : " (the bot needs the scope "
                + needed + ")"));
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }
}
