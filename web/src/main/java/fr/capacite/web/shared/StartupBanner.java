package fr.capacite.web.shared;

import fr.capacite.application.identity.DemoAccounts;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Says where the application is and, with demo data, how to log in, once the pages are ready. */
@WebListener
public class StartupBanner implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String url = System.getProperty("capacite.url", "http://localhost:8080/");
    StringBuilder banner =
        new StringBuilder("\n\n  Capacité is ready at ").append(url).append('\n');
    if (Boolean.getBoolean("capacite.demo")) {
      banner.append("  Demo logins (password ").append(DemoAccounts.PASSWORD).append("):\n");
      banner.append(
          DemoAccounts.ALL.stream()
              .map(
                  a ->
                      "    "
                          + a.username()
                          + " — "
                          + a.roles().stream()
                              .map(Enum::name)
                              .sorted()
                              .collect(Collectors.joining(", ")))
              .collect(Collectors.joining("\n")));
      banner.append('\n');
    }
    banner.append("  Stop with Ctrl-C.\n");
    LOG.info(banner::toString);
  }
}
