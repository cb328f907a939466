/*
 * Keyboard shortcuts of the signed-in pages: n logs a call, / searches the calls, g d opens the
 * dashboard, g c the calls, ? lists them. A file of its own (no inline handler), so the page's
 * Content-Security-Policy holds; nothing fires while the user types in a field.
 */
(function () {
  "use strict";

  var root = document.body.getAttribute("data-context-path") || "";
  var pendingG = false;
  var pendingTimer = null;

  function typing(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  function go(path) {
    window.location.href = root + path;
  }

  function help() {
    return document.getElementById("shortcut-help");
  }

  function toggleHelp(show) {
    var panel = help();
    if (panel) {
      panel.hidden = !show;
    }
  }

  function focusSearch() {
    var search = document.getElementById("calls-form:search");
    if (search) {
      search.focus();
      search.select();
    } else {
      go("/app/calls.xhtml#search");
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    if (event.key === "Escape") {
      toggleHelp(false);
      return;
    }
    if (pendingG) {
      pendingG = false;
      window.clearTimeout(pendingTimer);
      if (event.key === "d") {
        event.preventDefault();
        go("/app/dashboard.xhtml");
      } else if (event.key === "c") {
        event.preventDefault();
        go("/app/calls.xhtml");
      }
      return;
    }
    switch (event.key) {
      case "g":
        pendingG = true;
        pendingTimer = window.setTimeout(function () { pendingG = false; }, 1500);
        break;
      case "n":
        event.preventDefault();
        go("/app/call.xhtml");
        break;
      case "/":
        event.preventDefault();
        focusSearch();
        break;
      case "?":
        event.preventDefault();
        toggleHelp(help() && help().hidden);
        break;
      default:
        break;
    }
  });

  document.addEventListener("click", function (event) {
    if (event.target && event.target.id === "shortcut-help-close") {
      toggleHelp(false);
    }
  });

  // "/" from another page arrives here as #search.
  if (window.location.hash === "#search") {
    window.addEventListener("load", focusSearch);
  }
})();
