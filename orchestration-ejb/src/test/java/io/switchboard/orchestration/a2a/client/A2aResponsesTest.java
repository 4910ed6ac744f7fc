package io.switchboard.orchestration.a2a.client;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class A2aResponsesTest {

    @Test
    void completedTaskYieldsItsArtifactText() {
        A2aCallResult result = A2aResponses.read(json("""
                {"jsonrpc":"2.0","id":"1","result":{"kind":"task","id":"remote-1","contextId":"c",
                 "status":{"state":"completed"},
                 "artifacts":[{"artifactId":"a","parts":[{"kind":"text","text":"forty-two"}]}]}}"""));
        assertThat(result).isEqualTo(A2aCallResult.completed("forty-two", "remote-1"));
    }

    @Test
    void completedTaskWithoutArtifactsYieldsTheStatusMessage() {
        A2aCallResult result = A2aResponses.read(json("""
                {"jsonrpc":"2.0","id":"1","result":{"kind":"task","id":"r","status":{"state":"completed",
                 "message":{"kind":"message","role":"agent","messageId":"m","parts":[{"kind":"text","text":"done"}]}}}}"""));
        assertThat(result.output()).isEqualTo("done");
    }

    @Test
    void failedTaskIsAFailureWithTheAgentsReason() {
        A2aCallResult result = A2aResponses.read(json("""
                {"jsonrpc":"2.0","id":"1","result":{"kind":"task","id":"r","status":{"state":"failed",
                 "message":{"kind":"message","role":"agent","messageId":"m","parts":[{"kind":"text","text":"quota exceeded"}]}}}}"""));
        assertThat(result.status()).isEqualTo("failed");
        assertThat(result.error()).contains("failed", "quota exceeded");
        assertThat(result.remoteTaskId()).isEqualTo("r");
    }

    @Test
    void messageResultIsCompleted() {
        A2aCallResult result = A2aResponses.read(json("""
                {"jsonrpc":"2.0","id":"1","result":{"kind":"message","role":"agent","messageId":"m",
                 "parts":[{"kind":"text","text":"hi"}]}}"""));
        assertThat(result).isEqualTo(A2aCallResult.completed("hi", null));
    }

    @Test
    void jsonRpcErrorIsAFailureNamingTheCode() {
        A2aCallResult result = A2aResponses.read(json("""
                {"jsonrpc":"2.0","id":"1","error":{"code":-32602,"message":"Invalid params: no text"}}"""));
        assertThat(result.status()).isEqualTo("failed");
        assertThat(result.error()).contains("-32602", "Invalid params: no text");
    }

    @Test
    void malformedResultsAreFailuresNotExceptions() {
        assertThat(A2aResponses.read(json("{\"jsonrpc\":\"2.0\",\"id\":\"1\"}")).error()).contains("neither");
        assertThat(A2aResponses.read(json("{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"result\":{\"kind\":\"mystery\"}}"))
                .error()).contains("mystery");
        assertThat(A2aResponses.read(json("{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"result\":{\"kind\":\"task\",\"artifacts\":7}}"))
                .error()).contains("not a valid");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
