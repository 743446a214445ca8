package fr.capacite.application.jury;

import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What a centre plans: a session of a kind, for blocks of a version, on one of its sites. */
public record ExamSessionForm(
    @NotBlank @Size(max = 200) String title,
    @NotNull Long versionId,
    @NotNull ExamKind kind,
    List<Long> blockIds,
    @NotNull Long siteId,
    @NotNull LocalDate day,
    @NotNull ExamModality modality)
    implements Serializable {}
