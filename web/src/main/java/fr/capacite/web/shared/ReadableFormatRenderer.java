package fr.capacite.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlOutputFormat;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code h:outputFormat} as Mojarra renders it, except that dates, times and moments among its
 * parameters read as users write them (24/04/2028, Paris time): Mojarra hands java.time values to
 * {@link MessageFormat}, which prints them in ISO. Written here because the standard renderer has
 * no hook for its parameters; it keeps the standard behaviour otherwise (escaping, a span when the
 * component has its own id, a style, a class, a title or pass-through attributes). Registered in
 * faces-config.xml for the standard renderer type.
 */
public class ReadableFormatRenderer extends Renderer {

  @Override
  public boolean getRendersChildren() {
    // The f:param children are read, never rendered.
    return true;
  }

  @Override
  public void encodeChildren(FacesContext context, UIComponent component) {
    // Nothing: see getRendersChildren().
  }

  @Override
  public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
    Object value = component.getAttributes().get("value");
    if (value == null) {
      return;
    }
    Locale locale = context.getViewRoot().getLocale();
    List<Object> params = new ArrayList<>();
    for (UIComponent child : component.getChildren()) {
      if (child instanceof UIParameter p && !p.isDisable()) {
        params.add(Dates.readable(p.getValue(), locale));
      }
    }
    String pattern = value.toString();
    String text =
        params.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(params.toArray());
    ResponseWriter writer = context.getResponseWriter();
    Map<String, Object> attributes = component.getAttributes();
    Object style = attributes.get("style");
    Object styleClass = attributes.get("styleClass");
    Object title = attributes.get("title");
    Map<String, Object> passThrough = component.getPassThroughAttributes(false);
    boolean ownId =
        component.getId() != null && !component.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX);
    boolean span =
        ownId
            || style != null
            || styleClass != null
            || title != null
            || (passThrough != null && !passThrough.isEmpty());
    if (span) {
      writer.startElement("span", component);
      if (ownId) {
        writer.writeAttribute("id", component.getClientId(context), "id");
      }
      if (styleClass != null) {
        writer.writeAttribute("class", styleClass, "styleClass");
      }
      if (style != null) {
        writer.writeAttribute("style", style, "style");
      }
      if (title != null) {
        writer.writeAttribute("title", title, "title");
      }
      if (passThrough != null) {
        for (Map.Entry<String, Object> e : passThrough.entrySet()) {
          Object v = e.getValue();
          if (v instanceof jakarta.el.ValueExpression ve) {
            v = ve.getValue(context.getELContext());
          }
          if (v != null) {
            writer.writeAttribute(e.getKey(), v, null);
          }
        }
      }
    }
    boolean escape = !(component instanceof HtmlOutputFormat f) || f.isEscape();
    if (escape) {
      writer.writeText(text, component, "value");
    } else {
      writer.write(text);
    }
    if (span) {
      writer.endElement("span");
    }
  }
}
