package fr.capacite.testing.oidc;

import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The identity provider of the OpenID Connect tests: Spring Authorization Server with its own login
 * page, one confidential client (Capacité) and the people given on the command line, whose ID
 * tokens carry the claims ProConnect gives (e-mail, given name, usual name).
 *
 * <p>{@code capacite.people} lists people as {@code login:password:email:verified:given:family},
 * separated by commas.
 */
@SpringBootApplication
public class OidcProvider {

  public static void main(String[] args) {
    SpringApplication.run(OidcProvider.class, args);
  }

  record Person(
      String login, String password, String email, boolean verified, String given, String family) {}

  private static Map<String, Person> people(String spec) {
    Map<String, Person> out = new HashMap<>();
    for (String p : spec.split(",")) {
      String[] f = p.split(":", -1);
      out.put(f[0], new Person(f[0], f[1], f[2], Boolean.parseBoolean(f[3]), f[4], f[5]));
    }
    return out;
  }

  /**
   * The provider's endpoints, OpenID Connect on, as Spring Boot sets them up by default, but with
   * the scopes of the claims it gives announced in its metadata (as ProConnect announces them): the
   * client refuses to ask for a scope the provider does not list.
   */
  @Bean
  @Order(1)
  SecurityFilterChain provider(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
    http.securityMatcher(server.getEndpointsMatcher());
    http.with(
        server,
        s ->
            s.oidc(
                oidc ->
                    oidc.providerConfigurationEndpoint(
                        e ->
                            e.providerConfigurationCustomizer(
                                m -> m.scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)))));
    http.authorizeHttpRequests(a -> a.anyRequest().authenticated());
    http.oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()));
    http.exceptionHandling(
        e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
    return http.build();
  }

  /** Its login page (Spring Security's own form). */
  @Bean
  @Order(2)
  SecurityFilterChain login(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .formLogin(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  RegisteredClientRepository clients(
      @Value("${capacite.redirect-uri}") String redirectUri,
      @Value("${capacite.client-secret}") String secret) {
    return new InMemoryRegisteredClientRepository(
        RegisteredClient.withId("capacite")
            .clientId("capacite")
            .clientSecret("{noop}" + secret)
            // Jakarta Security's mechanism sends the secret in the form (client_secret_post).
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri(redirectUri)
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.EMAIL)
            .scope(OidcScopes.PROFILE)
            .clientSettings(
                ClientSettings.builder()
                    .requireAuthorizationConsent(false)
                    .requireProofKey(false)
                    .build())
            .build());
  }

  @Bean
  UserDetailsService users(@Value("${capacite.people}") String spec) {
    InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
    people(spec)
        .values()
        .forEach(
            p ->
                users.createUser(
                    User.withUsername(p.login())
                        .password("{noop}" + p.password())
                        .roles("USER")
                        .build()));
    return users;
  }

  /**
   * The ID token's claims about the person, as an identity provider of professionals gives them.
   */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> claims(@Value("${capacite.people}") String spec) {
    Map<String, Person> people = people(spec);
    return context -> {
      if (!"id_token".equals(context.getTokenType().getValue())) {
        return;
      }
      Person p = people.get(context.getPrincipal().getName());
      if (p == null) {
        return;
      }
      context
          .getClaims()
          .claim("email", p.email())
          .claim("email_verified", p.verified())
          .claim("given_name", p.given())
          .claim("family_name", p.family());
    };
  }
}
