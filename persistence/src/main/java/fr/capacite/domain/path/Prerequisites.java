package fr.capacite.domain.path;

import fr.capacite.domain.referential.Block;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Module prerequisites (R11: CCP2 and CCP3 training requires CCP1). A required block is satisfied
 * when the person holds it or completed a certifying module training towards it.
 */
public final class Prerequisites {

  private Prerequisites() {}

  public static Set<Block> missing(
      TrainingModule module, Set<Block> held, Collection<TrainingModule> completed) {
    Set<Block> missing = new LinkedHashSet<>();
    for (Block b : module.getPrerequisites()) {
      boolean trained =
          completed.stream()
              .anyMatch(m -> m.getKind() == ModuleKind.CERTIFYING && b.equals(m.getBlock()));
      if (!held.contains(b) && !trained) {
        missing.add(b);
      }
    }
    return missing;
  }

  /**
   * Whether attendance completes a module: the module's hours, or the person's own path when the
   * positioning test gave them a shorter one (R11).
   */
  public static boolean completedBy(TrainingModule module, double attendedHours, int pathHours) {
    int due = pathHours > 0 ? Math.min(module.getHours(), pathHours) : module.getHours();
    return attendedHours >= due;
  }
}
