package fr.capacite.application.jury;

import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** An exam session in a list. */
public record ExamSessionSummary(
    long id,
    String title,
    ExamKind kind,
    String versionCode,
    String centreName,
    String siteName,
    LocalDate day,
    ExamModality modality,
    ExamStatus status)
    implements Serializable {}
