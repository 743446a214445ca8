package fr.capacite.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs test code as a mediator, to prove that administrator-only services refuse it. */
@Stateless
@RunAs("MEDIATOR")
@PermitAll
public class RunAsMediator {

  public void run(Runnable work) {
    work.run();
  }
}
