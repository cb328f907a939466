package com.propaganda.dashboard.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTestSupport();
  }

  @Inject private HttpServletRequest request;

  @Test
  void aThousandSpellingsOfAPathAddNoSeries() throws IOException {
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

  private Set<String> pathTags() throws IOException {
    Set<String> tags = new TreeSet<>();
    Matcher tag = PATH_TAG.matcher(send("/metrics"));
    while (tag.find()) {
      tags.add(tag.group(1));
    }
    assertFalse(tags.isEmpty(), "no request series in /metrics");
    return tags;
  }

  private String send(String path) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", request.getLocalPort()), 5_000);
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
