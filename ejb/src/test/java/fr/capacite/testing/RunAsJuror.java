package fr.capacite.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs test code as a juror (principal {@code it-juror}). */
@Stateless
@RunAs("JUROR")
@PermitAll
public class RunAsJuror {

  public void run(Runnable work) {
    work.run();
  }

  public <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
    return work.call();
  }
}
