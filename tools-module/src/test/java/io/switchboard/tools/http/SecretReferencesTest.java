package io.switchboard.tools.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.tools.invoke.ToolFailure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretReferencesTest {

    @Test
    void referencesResolveToTheirSecretsAndMissingOnesFailClearly() {
        Map<String, String> secrets = Map.of("CRM_TOKEN", "s3cr3t");
        assertThat(SecretReferences.resolve("Bearer {{secret:CRM_TOKEN}}", secrets::get)).isEqualTo("Bearer s3cr3t");
        assertThat(SecretReferences.resolve("plain", secrets::get)).isEqualTo("plain");
        assertThatThrownBy(() -> SecretReferences.resolve("{{secret:OTHER}}", secrets::get)).isInstanceOf(ToolFailure.class)
                .hasMessageContaining("SWITCHBOARD_SECRET_OTHER").hasMessageNotContaining("s3cr3t");
    }

    @Test
    void malformedReferencesAreReported() {
        assertThat(SecretReferences.problem("Bearer {{secret:CRM_TOKEN}}")).isNull();
        assertThat(SecretReferences.problem("Bearer {{env:HOME}}")).contains("not a secret reference");
        assertThat(SecretReferences.problem("{{secret:bad name}}")).isNotNull();
    }
}
