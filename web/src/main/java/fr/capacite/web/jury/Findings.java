package fr.capacite.web.jury;

import fr.capacite.domain.jury.Finding;
import fr.capacite.web.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Says a rule's finding in the reader's language ({@code #{findings.say(f)}}). */
@Named
@ApplicationScoped
public class Findings {

  public String say(Finding f) {
    return Messages.text(f.key(), f.arguments().toArray());
  }
}
