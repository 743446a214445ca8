package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import fr.capacite.testing.XssPayloads;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every free-text field of every area at once: the test writes the 200 XSS payloads into every
 * free-text column of the database (names, titles, descriptions, topics, rooms, reasons, comments,
 * notes, file names, addresses…: whatever a person may type anywhere, including through forms of
 * pages no API reaches), then every demo role walks the pages it reaches by their links, rendered
 * in Chromium: none may run. The database is restored afterwards. Signed and sealed records (PV,
 * credentials, audit chain) are left alone: they never take text after signing.
 */
class FreeTextXssBrowserIT extends BrowserSupport {

  /** The same embedded database as the deployment (same JVM; see glassfish-resources-derby). */
  private static final String DATABASE = "jdbc:derby:memory:capacite-browser";

  private static final Pattern FREE_TEXT =
      Pattern.compile(
          "(.*_)?(TITLE|NAME|DESCRIPTION|BODY|SUMMARY|HEADING|EMPLOYER|COMMENT|ALT_TEXT|TOPIC"
              + "|TITLE_HELD|ROOM|REASON|RESOLUTION|PROMPT|NOTE|OBJECTIVE|LABEL|INSTRUCTIONS"
              + "|FREE_TEXT|EVIDENCE_TEXT|DETAILS?|CITY|ADDRESS)");
  private static final Pattern NOT_FREE_TEXT =
      Pattern.compile("USERNAME|.*(CODE|EMAIL|SHA|HASH|KEY|JWK|SLUG|URL|_BY|LOCALE).*");

  /** Signed or sealed records, and the migration history. */
  private static final Pattern SEALED =
      Pattern.compile("FLYWAY.*|PV_.*|.*AUDIT.*|.*CREDENTIAL.*|.*SIGNATURE.*|AMENDMENT.*");

  private static final int MAX_PAGES = 45;

  /** Pages whose text shows a payload (escaped, as typed): proof the payloads reached them. */
  private int shown;

  private record Cell(String table, String column, Object id, String before) {}

  @Test
  void noPayloadRunsFromAnyFreeTextFieldOnAnyPageOfAnyRole() throws Exception {
    List<String> payloads = XssPayloads.all();
    List<Cell> written = new ArrayList<>();
    Set<String> columns = new HashSet<>();
    Set<Integer> used = new HashSet<>();
    int next = 0;
    try (Connection db = DriverManager.getConnection(DATABASE)) {
      try {
        for (String[] column : freeTextColumns(db)) {
          int size = Integer.parseInt(column[2]);
          int n = 0;
          try (PreparedStatement read =
                  db.prepareStatement(
                      "SELECT ID, " + column[1] + " FROM " + column[0] + " ORDER BY ID");
              ResultSet rows = read.executeQuery()) {
            List<Cell> cells = new ArrayList<>();
            while (rows.next()) {
              cells.add(new Cell(column[0], column[1], rows.getObject(1), rows.getString(2)));
            }
            for (Cell cell : cells) {
              // Every payload in turn, across all columns: each reaches several fields.
              int index = next++ % payloads.size();
              n++;
              for (int tries = 0; payloads.get(index).length() > size && tries < 200; tries++) {
                index = (index + 1) % payloads.size();
              }
              if (payloads.get(index).length() > size) {
                continue;
              }
              if (write(db, cell, payloads.get(index) + " #" + n, size)) {
                written.add(cell);
                columns.add(column[0] + "." + column[1]);
                used.add(index);
              }
            }
          }
        }
        assertTrue(columns.size() >= 40, "free-text columns written: " + columns);
        assertEquals(payloads.size(), used.size(), "payloads used");

        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        List<String> executed = new ArrayList<>();
        int rendered = 0;
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
          browser.driver().manage().deleteAllCookies();
          browser.loginInFrench(account.username(), DemoAccounts.PASSWORD);
          rendered += crawl(js, executed, account.username()).size();
        }
        System.out.println(
            "XSS payloads: "
                + used.size()
                + " through "
                + written.size()
                + " values of "
                + columns.size()
                + " free-text columns, "
                + rendered
                + " pages rendered in Chromium ("
                + shown
                + " showing a payload as text), "
                + executed.size()
                + " executed");
        System.out.println("Free-text columns: " + new java.util.TreeSet<>(columns));
        assertTrue(shown >= 100, "pages showing a payload: " + shown);
        assertEquals(List.of(), executed);
      } finally {
        // The next test classes share this database: every value goes back as it was.
        int restored = 0;
        for (Cell cell : written) {
          try (PreparedStatement undo =
              db.prepareStatement(
                  "UPDATE " + cell.table() + " SET " + cell.column() + " = ? WHERE ID = ?")) {
            undo.setString(1, cell.before());
            undo.setObject(2, cell.id());
            restored += undo.executeUpdate();
          }
        }
        assertEquals(written.size(), restored, "values restored");
      }
    }
  }

  /** Table, column, size of every free-text character column outside sealed records. */
  private static List<String[]> freeTextColumns(Connection db) throws SQLException {
    DatabaseMetaData md = db.getMetaData();
    List<String[]> out = new ArrayList<>();
    Set<String> withId = new HashSet<>();
    try (ResultSet ids = md.getColumns(null, "APP", "%", "ID")) {
      while (ids.next()) {
        withId.add(ids.getString("TABLE_NAME"));
      }
    }
    try (ResultSet c = md.getColumns(null, "APP", "%", "%")) {
      while (c.next()) {
        String table = c.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
        String column = c.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
        String type = c.getString("TYPE_NAME");
        if (("VARCHAR".equals(type) || "CLOB".equals(type) || "LONG VARCHAR".equals(type))
            && withId.contains(table)
            && !SEALED.matcher(table).matches()
            && FREE_TEXT.matcher(column).matches()
            && !NOT_FREE_TEXT.matcher(column).matches()) {
          int size = "VARCHAR".equals(type) ? c.getInt("COLUMN_SIZE") : 100_000;
          out.add(new String[] {table, column, String.valueOf(size)});
        }
      }
    }
    return out;
  }

  private static boolean write(Connection db, Cell cell, String value, int size) {
    String text = value.length() > size ? value.substring(0, size) : value;
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE " + cell.table() + " SET " + cell.column() + " = ? WHERE ID = ?")) {
      update.setString(1, text);
      update.setObject(2, cell.id());
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      return false; // a unique or check constraint: that value stays as it was
    }
  }

  /** Visits the pages the logged-in role reaches by links; notes any page where a payload ran. */
  private List<String> crawl(JavascriptExecutor js, List<String> executed, String who) {
    Map<String, String> pages = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of("index.xhtml"));
    while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
      String url = queue.removeFirst();
      String page = url.split("[?#;]", 2)[0];
      if (!page.endsWith(".xhtml")
          || page.startsWith("errorpages/")
          || page.equals("login.xhtml")
          || pages.containsKey(page)) {
        continue;
      }
      pages.put(page, url);
      browser.get(url);
      browser
          .wait(10)
          .until(d -> "complete".equals(js.executeScript("return document.readyState")));
      if (js.executeScript("return window.__xss") != null) {
        executed.add(who + " " + url);
      }
      if (Boolean.TRUE.equals(
          js.executeScript("return document.body.innerText.indexOf('__xss') >= 0"))) {
        shown++;
      }
      queue.addAll(browser.linksUnder(root()));
    }
    return new ArrayList<>(pages.values());
  }
}
