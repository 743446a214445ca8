/*
 * Capacité's few page behaviours (loaded on every page, CSP-friendly: no inline script).
 * - Focus goes to the messages when a full page opens with an error (a refused login), and when an
 *   Ajax action leaves the focus nowhere (the button that had it was re-rendered, as after "Signer"):
 *   screen-reader and keyboard users land on what happened, not on the top of the page.
 * - A search form sent by GET (form[data-autosubmit], the library) is sent again as soon as a
 *   facet is ticked or the order changes; after the new page loads, the focus returns to the
 *   control the reader changed (kept for that one load in sessionStorage), so that keyboard and
 *   screen-reader users stay where they were. Without scripts, the form's button sends it.
 * - Calendars start weeks on Monday with 24-hour times, in French and English (en-GB) alike.
 * - On a phone, a calendar opens on the list of the week (a seven-column grid cannot fit 360 px),
 *   with a toolbar that wraps; the grid views stay one tap away.
 * - On a phone the main menu folds behind a "Menu" button (open by default without scripts).
 * - An autocomplete's suggestion request leaves the messages as they are (ignoreAutoUpdate).
 * - PrimeFaces' file-upload "choose" control, a focusable span, gets the button role it acts as.
 * - PrimeFaces' date-picker button is named by its aria-label but holds the hidden text "ui-button";
 *   the text is set to the label, so that the visible (hidden) name and the accessible name agree
 *   (WCAG 2.5.3, axe's label-content-name-mismatch).
 */
(function () {
  'use strict';

  function messages() {
    return document.getElementById('messages');
  }

  function hasMessages(kinds) {
    var box = messages();
    return !!box && box.querySelector(kinds) !== null;
  }

  function focusMessages() {
    var box = messages();
    if (!box) {
      return;
    }
    box.setAttribute('tabindex', '-1');
    box.focus();
  }

  /**
   * PrimeFaces' file-upload "choose" control is a focusable span named by its text: a button. The
   * file input inside it is only PrimeFaces' means to open the chooser (it is clicked for the user):
   * inert, it is no second control nested in the button (WCAG 4.1.2, axe's nested-interactive).
   */
  function roleFileChoosers(root) {
    var choosers = (root || document).querySelectorAll('.ui-fileupload-choose:not([role])');
    for (var i = 0; i < choosers.length; i++) {
      choosers[i].setAttribute('role', 'button');
      var input = choosers[i].querySelector('input[type=file]');
      if (input) {
        input.setAttribute('inert', '');
      }
    }
  }

  function nameDatePickerButtons(root) {
    var buttons = (root || document).querySelectorAll('.ui-datepicker-trigger[aria-label]');
    for (var i = 0; i < buttons.length; i++) {
      var text = buttons[i].querySelector('.ui-button-text');
      if (text) {
        text.textContent = buttons[i].getAttribute('aria-label');
      }
    }
  }

  /** PrimeFaces Schedule extender (cohort calendar): the phone layout, see above. */
  window.capaciteScheduleExtender = function () {
    // French and British conventions alike: weeks start on Monday, times on 24 hours.
    var hours = { hour: '2-digit', minute: '2-digit', hour12: false };
    this.cfg.options.firstDay = 1;
    this.cfg.options.slotLabelFormat = hours;
    this.cfg.options.eventTimeFormat = hours;
    if (window.matchMedia && window.matchMedia('(max-width: 40rem)').matches) {
      this.cfg.options.initialView = 'listWeek';
      this.cfg.options.headerToolbar = {
        left: 'prev,next today',
        center: 'title',
        right: 'listWeek,timeGridDay'
      };
    }
  };

  var FOCUS_KEY = 'capacite.focusAfterSearch';

  function autosubmitForms() {
    var forms = document.querySelectorAll('form[data-autosubmit]');
    for (var i = 0; i < forms.length; i++) {
      forms[i].addEventListener('change', function (e) {
        var control = e.target;
        if (!control.id || !(control.type === 'checkbox' || control.tagName === 'SELECT')) {
          return;
        }
        try {
          window.sessionStorage.setItem(FOCUS_KEY, control.id);
        } catch (ignored) {
          // No storage (private mode): the page still loads, the focus starts at the top.
        }
        control.form.submit();
      });
    }
    var again;
    try {
      again = window.sessionStorage.getItem(FOCUS_KEY);
      window.sessionStorage.removeItem(FOCUS_KEY);
    } catch (ignored) {
      again = null;
    }
    var target = again ? document.getElementById(again) : null;
    if (target) {
      target.focus();
    }
  }

  /** The phone menu: the button shows and hides the navigation (and says whether it is open). */
  function foldableMenu() {
    var toggle = document.getElementById('menuToggle');
    var nav = document.getElementById('appNav');
    if (!toggle || !nav) {
      return;
    }
    document.documentElement.classList.add('has-menu-toggle');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('is-open', open);
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
        toggle.setAttribute('aria-expanded', 'false');
        nav.classList.remove('is-open');
        toggle.focus();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    foldableMenu();
    autosubmitForms();
    nameDatePickerButtons(document);
    roleFileChoosers(document);
    if (hasMessages('.msg--error')) {
      focusMessages();
    }
    // A suggestion query (an autocomplete's "_query" request) must not redraw the messages: it
    // may come back after an action and would wipe that action's message.
    if (window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Request) {
      var handle = PrimeFaces.ajax.Request.handle;
      PrimeFaces.ajax.Request.handle = function (cfg, ext) {
        var params = cfg && cfg.params ? [].concat(cfg.params) : [];
        if (params.some(function (p) { return p && /_query$/.test(p.name || ''); })) {
          cfg.ignoreAutoUpdate = true;
        }
        return handle.call(this, cfg, ext);
      };
    }
    // Registered once every script of the page (PrimeFaces' jQuery among them) has run.
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', function () {
        nameDatePickerButtons(document);
        roleFileChoosers(document);
        var active = document.activeElement;
        var lost = !active || active === document.body || !document.body.contains(active);
        if (lost && hasMessages('.msg')) {
          focusMessages();
        }
      });
    }
  });
})();
