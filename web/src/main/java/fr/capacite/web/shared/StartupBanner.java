package fr.capacite.web.shared;

import fr.capacite.application.identity.DemoAccounts;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Says where the application is and, with demo data, how to log in, once the pages are ready; and
 * limits repeated stack traces in the server's log while the application runs (RepeatedTraces).
 */
@WebListener
public class StartupBanner implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

  private Runnable uninstallLogLimits;

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (uninstallLogLimits != null) {
      uninstallLogLimits.run();
    }
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    uninstallLogLimits = RepeatedTraces.install();
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
