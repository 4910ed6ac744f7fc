package io.switchboard.orchestration.a2a.server;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.api.a2a.A2aException;
import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.Part;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class A2aLimitsTest {

    private final A2aLimits limits = new A2aLimits();

    {
        limits.maxParts = 5;
        limits.maxTextChars = 1000;
        limits.maxHistory = 10;
        limits.maxRequestBytes = 10_000;
    }

    private static Message with(Part... parts) {
        return new Message(Message.ROLE_USER, List.of(parts), "m", null, null, null, null, null, Message.KIND);
    }

    private static Part file(String mimeType, String bytes, String uri) {
        return new Part(Part.FILE, null, new Part.FileContent("x", mimeType, bytes, uri), null, null);
    }

    @Test
    void filePartsPassOnlyForTheTypesTheAgentReads() {
        Set<String> images = Set.of("image/png", "image/jpeg");
        assertThatCode(() -> limits.check(with(file("image/png", "AAAA", null)), images)).as("a file alone is content")
                .doesNotThrowAnyException();
        assertThatCode(() -> limits.check(with(Part.text("look"), file("IMAGE/PNG; charset=binary", "AAAA", null)),
                images)).as("letter case and parameters").doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.check(with(file("image/png", "AAAA", null)), Set.of()))
                .isInstanceOfSatisfying(A2aException.class, e -> org.assertj.core.api.Assertions.assertThat(e.code())
                        .isEqualTo(JsonRpc.CONTENT_TYPE_NOT_SUPPORTED));
        assertThatThrownBy(() -> limits.check(with(file("application/pdf", "AAAA", null)), images))
                .hasMessageContaining("image/jpeg, image/png");
        assertThatThrownBy(() -> limits.check(with(file("image/png", null, null)), images))
                .hasMessageContaining("'bytes' or 'uri'");
        assertThatThrownBy(() -> limits.check(with(new Part(Part.FILE, null, null, null, null)), images))
                .isInstanceOfSatisfying(A2aException.class, e -> org.assertj.core.api.Assertions.assertThat(e.code())
                        .isEqualTo(JsonRpc.INVALID_PARAMS));
    }
}
