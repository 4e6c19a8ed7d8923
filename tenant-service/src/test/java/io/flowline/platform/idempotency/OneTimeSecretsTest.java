package io.flowline.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class OneTimeSecretsTest {

    @Test
    void anApiClientIsKeptWithoutItsSecret() {
        OneTimeSecrets.Stripped stripped = OneTimeSecrets.strip(
                "{\"id\":\"cli_1\",\"object\":\"api_client\",\"client_secret\":\"fls_s3cr3t\",\"name\":\"ERP\"}");
        assertEquals("{\"id\":\"cli_1\",\"object\":\"api_client\",\"name\":\"ERP\"}", stripped.body());
        assertEquals("client_secret", stripped.omitted());
    }

    @Test
    void secretsNestedInObjectsAndListsAreFoundToo() {
        OneTimeSecrets.Stripped stripped = OneTimeSecrets.strip(
                "{\"owner\":{\"invitation_token\":\"inv_x\"},\"data\":[{\"client_secret\":\"fls_y\",\"id\":\"cli_2\"}]}");
        assertFalse(stripped.body().contains("inv_x"));
        assertFalse(stripped.body().contains("fls_y"));
        assertEquals("client_secret,invitation_token", stripped.omitted());
    }

    @Test
    void aResponseWithoutSecretsIsKeptAsItIs() {
        String body = "{\"id\":\"usr_1\",\"email\":\"jane@acme.example\"}";
        OneTimeSecrets.Stripped stripped = OneTimeSecrets.strip(body);
        assertSame(body, stripped.body());
        assertNull(stripped.omitted());
        assertNull(OneTimeSecrets.strip(null).body());
    }

    @Test
    void aNullSecretIsNothingToOmit() {
        assertNull(OneTimeSecrets.strip("{\"client_secret\":null,\"id\":\"cli_3\"}").omitted());
    }
}
