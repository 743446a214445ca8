package fr.capacite.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code as a trainer (principal {@code it-trainer}). */
@Stateless
@RunAs("TRAINER")
@PermitAll
public class RunAsTrainer {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }

  public void run(Runnable work) {
    work.run();
  }
}
