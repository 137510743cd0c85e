package dev.athanor.actuate.schema;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * The HTTP face of {@link AthanorSchemaEndpoint}: {@code ?format=mermaid} answers a Mermaid
 * {@code erDiagram} as {@code text/plain} and {@code ?format=svg} an SVG diagram; one table's
 * selector stays the endpoint's own (404 for an unknown table).
 */
@EndpointWebExtension(endpoint = AthanorSchemaEndpoint.class)
public class AthanorSchemaEndpointWebExtension {
    private static final MimeType SVG = MimeType.valueOf("image/svg+xml");
    private static final List<String> FORMATS = List.of("json", "mermaid", "svg");

    private final AthanorSchemaEndpoint endpoint;

    /** An extension answering for the endpoint. */
    public AthanorSchemaEndpointWebExtension(AthanorSchemaEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The schema in the asked format: JSON by default, {@code mermaid} or {@code svg}. */
    // the same produces as the endpoint's own operation, so this one replaces it; the content
    // type each format sets on its response is what the client receives
    @ReadOperation
    public WebEndpointResponse<Object> schema(@Nullable String format) {
        String chosen = format == null ? "json" : format.toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "json" -> new WebEndpointResponse<>(endpoint.schema());
            case "mermaid" -> new WebEndpointResponse<>(endpoint.mermaid(), MimeTypeUtils.TEXT_PLAIN);
            case "svg" -> new WebEndpointResponse<>(endpoint.svg(), SVG);
            default -> new WebEndpointResponse<>("Unknown format '" + format + "'; use one of " + FORMATS,
                    WebEndpointResponse.STATUS_BAD_REQUEST, MimeTypeUtils.TEXT_PLAIN);
        };
    }
}
