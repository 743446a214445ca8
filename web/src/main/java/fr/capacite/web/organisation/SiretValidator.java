package fr.capacite.web.organisation;

import fr.capacite.domain.organisation.Siret;
import fr.capacite.web.shared.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/** Checks a SIRET as it is typed, so the message appears next to the field. */
@FacesValidator("capacite.siret")
public class SiretValidator implements Validator<String> {

  @Override
  public void validate(FacesContext context, UIComponent component, String value) {
    if (value != null && !value.isBlank() && !Siret.isValid(value)) {
      throw new ValidatorException(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, Messages.text("organisation.siret.invalid"), null));
    }
  }
}
