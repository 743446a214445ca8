package fr.capacite.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code as an administrator (principal {@code it-admin}, see glassfish-web-it.xml). */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class RunAsAdmin {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }

  public void run(Runnable work) {
    work.run();
  }
}
