package fr.capacite.web.jury;

import java.util.Map;

/**
 * A score sheet sent over the API: the version read, scores by item key, proposed decisions and
 * comments by block id, and whether to submit it.
 */
public record SheetInput(
    long version,
    Map<String, Integer> scores,
    Map<Long, Boolean> proposals,
    Map<Long, String> comments,
    boolean submit) {}
