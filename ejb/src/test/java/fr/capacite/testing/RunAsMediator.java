package fr.capacite.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs test code as a mediator (principal {@code it-mediator}): a learner, or a refused caller. */
@Stateless
@RunAs("MEDIATOR")
@PermitAll
public class RunAsMediator {

  public void run(Runnable work) {
    work.run();
  }

  public <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
    return work.call();
  }
}
