package fr.capacite.web.shared;

import io.swagger.v3.jaxrs2.ReaderListener;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.integration.api.OpenApiReader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Completes the OpenAPI document swagger-maven-plugin generates from the endpoints, at build time
 * only (the plugin runs this {@link ReaderListener}; the server never loads it): a summary for each
 * operation (the build fails without one), the session-cookie security scheme except on public
 * operations ({@code @PermitAll}), the success status instead of swagger's "default" (204 for
 * {@code void}), and the error responses the server really sends, all in the {@code ApiError}
 * shape: 400 invalid input, 401 no session, 403 refused, 404 unknown id, 409 concurrent edit or
 * state, 413 body over the write limit ({@link ApiWriteFilter}), 503 database out of reach. {@code
 * LocalTime} is sent as "09:00:00" and {@code YearMonth} as "2026-12" (JSON-B), so they are
 * documented as strings.
 */
@OpenAPIDefinition
public class ApiDocumentation implements ReaderListener {

  static final String SUMMARIES = "/META-INF/openapi/summaries.properties";
  static final String SESSION = "session";

  @Override
  public void beforeScan(OpenApiReader reader, OpenAPI openApi) {
    // JSON-B writes a YearMonth as "2026-12" (the logbooks' figures): a string, not swagger's
    // reading of its getters.
    io.swagger.v3.core.util.PrimitiveType.customClasses()
        .put(java.time.YearMonth.class.getName(), io.swagger.v3.core.util.PrimitiveType.STRING);
    // Nested records share simple names (DeliberationView.Row, ProposalViews.Row…): swagger would
    // give them one schema. Named after their enclosing type instead: DeliberationViewRow…
    io.swagger.v3.core.converter.ModelConverters.getInstance()
        .addConverter(
            new io.swagger.v3.core.jackson.ModelResolver(
                io.swagger.v3.core.util.Json.mapper(), new NestedTypeNames()));
  }

  /** Names a nested type after the type that encloses it. */
  static final class NestedTypeNames extends io.swagger.v3.core.jackson.TypeNameResolver {
    @Override
    protected String getNameOfClass(Class<?> cls) {
      String name = super.getNameOfClass(cls);
      return cls.getEnclosingClass() == null
              || name.contains(cls.getEnclosingClass().getSimpleName())
          ? name
          : cls.getEnclosingClass().getSimpleName() + name;
    }
  }

  @Override
  public void afterScan(OpenApiReader reader, OpenAPI openApi) {
    Properties summaries = summaries();
    Map<String, Method> methods = resourceMethods();
    var components = openApi.getComponents();
    components.addSchemas(
        "ApiError",
        new ObjectSchema()
            .description("Every refusal: the HTTP status, a stable code and a translated message")
            .addProperty("status", new IntegerSchema().format("int32").example(404))
            .addProperty("code", new StringSchema().example("error.notFound"))
            .addProperty("message", new StringSchema().example("Élément introuvable."))
            .required(List.of("status", "code", "message")));
    components.addSchemas(
        "LocalTime",
        new StringSchema()
            .pattern("^([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$")
            .example("09:00:00")
            .description("A time of day in Europe/Paris, HH:mm:ss"));
    jsonDocuments(components);
    components.addSecuritySchemes(
        SESSION,
        new SecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.COOKIE)
            .name("JSESSIONID")
            .description(
                "The session cookie of a login on the site; writes also need a same-origin"
                    + " Origin or Referer header"));
    openApi.setSecurity(List.of(new SecurityRequirement().addList(SESSION)));

    for (var path : openApi.getPaths().entrySet()) {
      for (var entry : path.getValue().readOperationsMap().entrySet()) {
        String key = entry.getKey().name() + " " + path.getKey();
        Operation op = entry.getValue();
        String summary = summaries.getProperty(key);
        if (summary == null) {
          throw new IllegalStateException("no summary for " + key + " in " + SUMMARIES);
        }
        op.setSummary(summary);
        Method method = methods.get(key);
        if (method == null) {
          throw new IllegalStateException("no resource method for " + key);
        }
        boolean open = isPublic(method);
        if (open) {
          op.setSecurity(List.of());
        }
        responses(op, entry.getKey(), path.getKey(), method, open);
        if (CREATED.contains(key)) {
          ApiResponse ok = op.getResponses().remove("200");
          op.getResponses()
              .addApiResponse("201", ok.description("Created; Location names the new object"));
        }
        String document = JSON_DOCUMENTS.get(key);
        if (document != null) {
          // every media type the operation produces (application/jwk-set+json…) gets the schema
          op.getResponses()
              .get("200")
              .getContent()
              .values()
              .forEach(m -> m.setSchema(new Schema<>().$ref("#/components/schemas/" + document)));
        } else if (key.equals("GET /openapi.json")) {
          op.getResponses()
              .get("200")
              .getContent()
              .values()
              .forEach(m -> m.setSchema(new ObjectSchema().description("An OpenAPI 3.0 document")));
        } else if (method.getReturnType().getName().startsWith("jakarta.json.")) {
          throw new IllegalStateException(
              key + " returns JSON-P: name its schema in JSON_DOCUMENTS");
        }
      }
    }
  }

  /**
   * Operations answering 201 Created with a Location (annotations would say it, but swagger's
   * annotation classes are not on the server, whose scanner then refuses the whole WAR).
   */
  static final Set<String> CREATED =
      Set.of(
          "POST /library/resources",
          "POST /library/imports",
          "POST /library/resources/{slug}/proposals",
          "POST /library/resources/{slug}/reviews");

  /** Operations that build their JSON with JSON-P, and the schema of what they send. */
  static final Map<String, String> JSON_DOCUMENTS =
      Map.of(
          "GET /credentials/issuer", "IssuerProfile",
          "GET /credentials/keys", "JwkSet",
          "GET /credentials/keys/{name}", "Jwk",
          "GET /credentials/revocations", "RevocationList",
          "GET /credentials/status/{list}", "StatusListCredential");

  private static void jsonDocuments(io.swagger.v3.oas.models.Components components) {
    Schema<?> uri = new StringSchema().format("uri");
    Schema<?> strings = new io.swagger.v3.oas.models.media.ArraySchema().items(new StringSchema());
    components.addSchemas(
        "IssuerProfile",
        new ObjectSchema()
            .description("Open Badges 3.0 issuer Profile")
            .addProperty("@context", strings)
            .addProperty("id", uri)
            .addProperty("type", strings)
            .addProperty("name", new StringSchema())
            .addProperty("url", uri)
            .required(List.of("@context", "id", "type", "name")));
    components.addSchemas(
        "Jwk",
        new ObjectSchema()
            .description("A public key (RFC 7517), P-256 (ES256)")
            .addProperty("kty", new StringSchema().example("EC"))
            .addProperty("crv", new StringSchema().example("P-256"))
            .addProperty("kid", new StringSchema())
            .addProperty("x", new StringSchema())
            .addProperty("y", new StringSchema())
            .required(List.of("kty", "kid")));
    components.addSchemas(
        "JwkSet",
        new ObjectSchema()
            .description("The issuer's public keys (RFC 7517 JWK set)")
            .addProperty(
                "keys",
                new io.swagger.v3.oas.models.media.ArraySchema()
                    .items(new Schema<>().$ref("#/components/schemas/Jwk")))
            .required(List.of("keys")));
    components.addSchemas(
        "RevocationList",
        new ObjectSchema()
            .description("1EdTech revocation list of credentials issued before the status lists")
            .addProperty("id", uri)
            .addProperty("issuer", uri)
            .addProperty(
                "revokedCredentials",
                new io.swagger.v3.oas.models.media.ArraySchema().items(new ObjectSchema()))
            .required(List.of("id", "issuer", "revokedCredentials")));
    components.addSchemas(
        "StatusListCredential",
        new ObjectSchema()
            .description("W3C Bitstring Status List credential (revocation)")
            .addProperty("@context", strings)
            .addProperty("id", uri)
            .addProperty("type", strings)
            .addProperty("issuer", uri)
            .addProperty("validFrom", new StringSchema().format("date-time"))
            .addProperty(
                "credentialSubject",
                new ObjectSchema()
                    .addProperty("id", uri)
                    .addProperty("type", new StringSchema())
                    .addProperty("statusPurpose", new StringSchema())
                    .addProperty("encodedList", new StringSchema())
                    .required(List.of("id", "type", "statusPurpose", "encodedList")))
            .required(List.of("@context", "id", "type", "issuer", "credentialSubject")));
  }

  private static void responses(
      Operation op, PathItem.HttpMethod http, String path, Method method, boolean open) {
    ApiResponses responses = op.getResponses();
    ApiResponse success = responses.remove("default");
    if (success != null) {
      if (method.getReturnType() == void.class) {
        responses.addApiResponse("204", new ApiResponse().description("Done, no content"));
      } else {
        responses.addApiResponse("200", success.description("OK"));
      }
    }
    boolean writes = http != PathItem.HttpMethod.GET;
    boolean hasInput =
        op.getRequestBody() != null
            || (op.getParameters() != null && !op.getParameters().isEmpty());
    if (hasInput || writes) {
      error(responses, "400", "Invalid input: a field, a parameter or the JSON body");
    }
    if (!open) {
      error(responses, "401", "No session, or the session has ended");
      error(responses, "403", "The caller's roles or relation to the object do not allow it");
    }
    if (path.contains("{")) {
      error(responses, "404", "Unknown id, or an object of another organisation");
    }
    if (writes) {
      error(responses, "409", "Changed meanwhile (optimistic lock) or not allowed in its state");
    }
    if (op.getRequestBody() != null
        || http == PathItem.HttpMethod.POST
        || http == PathItem.HttpMethod.PUT) {
      error(responses, "413", "The body is over the write limit");
    }
    error(responses, "503", "The database is out of reach (maintenance): retry after Retry-After");
  }

  private static void error(ApiResponses responses, String code, String description) {
    if (!responses.containsKey(code)) {
      responses.addApiResponse(
          code,
          new ApiResponse()
              .description(description)
              .content(
                  new Content()
                      .addMediaType(
                          jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                          new MediaType()
                              .schema(new Schema<>().$ref("#/components/schemas/ApiError")))));
    }
  }

  private static boolean isPublic(Method method) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return true;
    }
    return !method.isAnnotationPresent(RolesAllowed.class)
        && method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
  }

  private static Properties summaries() {
    Properties p = new Properties();
    try (InputStream in = ApiDocumentation.class.getResourceAsStream(SUMMARIES)) {
      if (in == null) {
        throw new IllegalStateException(SUMMARIES + " is missing");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every resource method of the web module, keyed "METHOD /path" as in the document. */
  static Map<String, Method> resourceMethods() {
    Map<String, Method> methods = new TreeMap<>();
    for (Class<?> c : endpointClasses()) {
      String base = c.getAnnotation(Path.class).value();
      for (Method m : c.getMethods()) {
        String http =
            m.isAnnotationPresent(GET.class)
                ? "GET"
                : m.isAnnotationPresent(POST.class)
                    ? "POST"
                    : m.isAnnotationPresent(PUT.class)
                        ? "PUT"
                        : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
        if (http != null) {
          Path sub = m.getAnnotation(Path.class);
          methods.put(http + " " + join(base, sub == null ? "" : sub.value()), m);
        }
      }
    }
    return methods;
  }

  /** "/a" + "{id: \\d+}/b" → "/a/{id}/b", as swagger writes paths. */
  static String join(String base, String sub) {
    String p =
        ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static Set<Class<?>> endpointClasses() {
    Set<Class<?>> classes = new HashSet<>();
    ClassLoader loader = ApiDocumentation.class.getClassLoader();
    try {
      var roots = loader.getResources("fr/capacite/web");
      while (roots.hasMoreElements()) {
        var root = roots.nextElement();
        if (!"file".equals(root.getProtocol())) {
          continue;
        }
        java.nio.file.Path dir = java.nio.file.Path.of(root.toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
          for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".class")).toList()) {
            String name =
                "fr.capacite.web."
                    + dir.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
            if (name.contains("$")) {
              continue;
            }
            try {
              Class<?> c = Class.forName(name, false, loader);
              if (c.isAnnotationPresent(Path.class)) {
                classes.add(c);
              }
            } catch (ClassNotFoundException | LinkageError e) {
              // a class the build's class path cannot load is no endpoint of this module
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return classes;
  }
}
