package fr.capacite.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code as an organisation manager (principal {@code it-manager}). */
@Stateless
@RunAs("ORG_MANAGER")
@PermitAll
public class RunAsManager {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }

  public void run(Runnable work) {
    work.run();
  }
}
