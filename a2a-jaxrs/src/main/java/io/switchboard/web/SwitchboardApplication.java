package io.switchboard.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JAX-RS application; every resource needs a MicroProfile JWT unless it says {@code @PermitAll}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "switchboard")
@OpenAPIDefinition(info = @Info(title = "Switchboard API", version = "0.1",
        description = "Register agents, execute tasks through them over A2A, and read the platform status. "
                + "Get a token with POST /api/auth/token and send it as 'Authorization: Bearer <token>'. "
                + "Errors are RFC 9457 application/problem+json."))
@SecurityScheme(securitySchemeName = SwitchboardApplication.JWT, type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "JWT")
public class SwitchboardApplication extends Application {

    /** Name of the OpenAPI security scheme resources refer to. */
    public static final String JWT = "jwt";
}
