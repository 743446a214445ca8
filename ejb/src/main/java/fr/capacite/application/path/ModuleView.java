package fr.capacite.application.path;

import fr.capacite.domain.path.ModuleKind;
import fr.capacite.domain.path.ModuleOffer;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A catalogue module as shown: its block (certifying), prerequisites, competences (title and Pix),
 * the organisations that offer it and its coming cohorts.
 */
public record ModuleView(
    long id,
    String code,
    String title,
    String description,
    ModuleKind kind,
    int hours,
    String block,
    Long blockId,
    List<String> prerequisites,
    List<String> competences,
    List<String> pixCompetences,
    List<String> organisations,
    List<ModuleOffer> offers,
    boolean active,
    long entityVersion,
    Set<Long> prerequisiteIds,
    Set<Long> competenceIds,
    Set<String> pixCodes)
    implements Serializable {}
