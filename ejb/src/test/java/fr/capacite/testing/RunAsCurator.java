package fr.capacite.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs test code as a curator (principal {@code it-curator}). */
@Stateless
@RunAs("CURATOR")
@PermitAll
public class RunAsCurator {

  public void run(Runnable work) {
    work.run();
  }

  public <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
    return work.call();
  }
}
