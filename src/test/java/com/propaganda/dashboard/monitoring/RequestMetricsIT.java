package com.propaganda.dashboard.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.testsupport.RawHttp;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The request timer's path tag comes from a closed set: a thousand spellings of pages and endpoints
 * (percent-encoded, dot segments, path parameters, unknown ids) add no series to /metrics. Raw
 * sockets, because an HTTP client would normalise some of the spellings before sending them.
 */
@ExtendWith(ArquillianExtension.class)
class RequestMetricsIT {

  private static final Pattern PATH_TAG =
      Pattern.compile("http_requests[^{]*\\{[^}]*path=\"([^\"]*)\"");

  @Inject private HttpServletRequest request;

  @Test
  void aThousandSpellingsOfAPathAddNoSeries() throws IOException, InterruptedException {
    String[] shapes = {
      "/%%6Cogin.xhtml?n=%d",
      "/x%d/../login.xhtml",
      "/login.xhtml;v=%d",
      "/app/../api/v1/calls/zz%d",
      "/api/v1/calls/%d",
      "/no-such-page-%d.xhtml",
      "/app/%%2e%%2e/set-password.xhtml?t=%d",
      "/jakarta.faces.resource/x%d.css.xhtml",
    };
    for (String shape : shapes) {
      send(request.getContextPath() + String.format(shape, 0));
    }
    Set<String> before = pathTags();
    for (int i = 1; i <= 1_000; i++) {
      send(request.getContextPath() + String.format(shapes[i % shapes.length], i));
    }
    Set<String> after = pathTags();
    assertEquals(before, after);
    assertTrue(
        after.stream().noneMatch(tag -> tag.contains("..") || tag.contains("%")), after::toString);
  }

  private Set<String> pathTags() throws IOException, InterruptedException {
    Set<String> tags = new TreeSet<>();
    Matcher tag = PATH_TAG.matcher(metrics());
    while (tag.find()) {
      tags.add(tag.group(1));
    }
    assertFalse(tags.isEmpty(), "no request series in /metrics");
    return tags;
  }

  private String send(String path) throws IOException {
    return RawHttp.to(request).get(path, "");
  }

  /** The metrics page through an HTTP client, which joins a chunked body back together. */
  private String metrics() throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + request.getLocalPort() + "/metrics"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
