package fr.capacite.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tests that talk HTTP to the real EAR, deployed once per test class on embedded GlassFish. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedEarTest {

  @ArquillianResource protected URL base;

  @Deployment(testable = false)
  public static EnterpriseArchive deployment() {
    return Browser.ear();
  }

  /** The application's root address, ending with a slash. */
  protected String root() {
    return base.toString().endsWith("/") ? base.toString() : base + "/";
  }
}
