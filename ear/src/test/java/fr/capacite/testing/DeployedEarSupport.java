package fr.capacite.testing;

import java.net.CookieManager;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tests that talk HTTP to the real EAR, deployed once per test class on embedded GlassFish. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedEarSupport {

  @ArquillianResource protected URL base;

  @Deployment(testable = false)
  public static EnterpriseArchive deployment() {
    return Browser.ear();
  }

  /**
   * An HTTP client logged in through the real login form (with PrimeFaces' script nonce, as a
   * browser sends it), for API calls with a user's session.
   */
  protected HttpClient loggedIn(String username, String password) throws Exception {
    return Http.logIn(Http.client(new CookieManager()), root(), username, password);
  }

  /**
   * A request as the application's own pages would send it: same-origin, in French, with a JSON
   * body when one is given.
   */
  protected HttpResponse<String> send(HttpClient http, String method, String path, String json)
      throws Exception {
    return Http.send(http, root(), method, path, json);
  }

  /** The application's root address, ending with a slash. */
  protected String root() {
    return base.toString().endsWith("/") ? base.toString() : base + "/";
  }
}
