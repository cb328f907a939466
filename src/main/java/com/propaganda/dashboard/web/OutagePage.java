package com.propaganda.dashboard.web;

import com.propaganda.dashboard.database.DatabaseOutage;

/**
 * What a person sees while the database is not answering: a page that needs nothing from it (no
 * Faces view, no session lookup), with a way back to where they were.
 */
final class OutagePage {

  private OutagePage() {}

  /**
   * @param back the application's own address to go back to (escaped here)
   */
  static String html(String back) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Try again in a moment · Propaganda Dashboard</title>"
        + "<style>body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1f2933;margin:0}"
        + "main{max-width:28rem;margin:15vh auto;padding:2rem;background:#fff;border-radius:8px;"
        + "box-shadow:0 1px 3px rgba(0,0,0,.15)}a{color:#1d4ed8}</style></head><body><main>"
        + "<h1>Try again in a moment</h1><p role=\"alert\">"
        + DatabaseOutage.MESSAGE
        + " What you sent last was not saved.</p><p><a href=\""
        + escaped(back)
        + "\">Back to the page</a></p></main></body></html>";
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
