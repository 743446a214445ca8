package fr.capacite.web.cohort;

import fr.capacite.domain.cohort.AttendanceStatus;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FacesConverter;

/** Faces' enum converter for attendance statuses held in a map (EL cannot infer their type). */
@FacesConverter("capacite.attendanceStatus")
public class AttendanceStatusConverter extends EnumConverter {

  public AttendanceStatusConverter() {
    super(AttendanceStatus.class);
  }
}
