package com.propaganda.dashboard.testsupport;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A GET written byte for byte on a socket of its own, to the server the test runs in: for spellings
 * of a path that an HTTP client would normalise before sending, and for a chosen source address.
 * The answer comes back as sent (status line, headers and body, a chunked body chunked).
 */
public final class RawHttp {

  private final int port;

  private RawHttp(int port) {
    this.port = port;
  }

  public static RawHttp to(HttpServletRequest request) {
    return new RawHttp(request.getLocalPort());
  }

  public String get(String path, String extraHeaders) throws IOException {
    return getFrom("127.0.0.1", path, extraHeaders);
  }

  /** The answer to a GET sent from a local address, such as a trusted proxy's. */
  public String getFrom(String sourceAddress, String path, String extraHeaders) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(sourceAddress), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                  + extraHeaders
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The status line and headers of an answer. */
  public static String head(String answer) {
    int end = answer.indexOf("\r\n\r\n");
    return end < 0 ? answer : answer.substring(0, end);
  }
}
