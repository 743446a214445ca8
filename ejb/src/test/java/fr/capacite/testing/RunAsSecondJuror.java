package fr.capacite.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs test code as a second juror (principal {@code it-juror2}). */
@Stateless
@RunAs("JUROR")
@PermitAll
public class RunAsSecondJuror {

  public void run(Runnable work) {
    work.run();
  }

  public <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
    return work.call();
  }
}
