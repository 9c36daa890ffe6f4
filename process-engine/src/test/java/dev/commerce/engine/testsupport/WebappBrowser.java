package dev.commerce.engine.testsupport;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser keeps for Camunda's webapps, sent to whichever node it talks to: its cookies (the session) and
 * the CSRF token, which the webapps issue in the {@code X-XSRF-TOKEN} response header and expect back in that
 * request header on every modifying call.
 */
public final class WebappBrowser {

  private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrfToken;

  public HttpCalls.Result get(HttpCalls node, String path) {
    return send(node, HttpRequest.newBuilder(node.uri(path)).GET(), false);
  }

  public HttpCalls.Result post(HttpCalls node, String path, String contentType, String body, boolean withCsrfToken) {
    return send(node, HttpRequest.newBuilder(node.uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)), withCsrfToken);
  }

  private HttpCalls.Result send(HttpCalls node, HttpRequest.Builder request, boolean withCsrfToken) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", String.join("; ", cookies.entrySet().stream()
          .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
    }
    if (withCsrfToken && csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    HttpCalls.Result result = node.send(request);
    for (String header : result.response().headers().allValues("Set-Cookie")) {
      Matcher cookie = COOKIE.matcher(header);
      if (cookie.find()) {
        cookies.put(cookie.group(1).trim(), cookie.group(2));
      }
    }
    String token = result.header("X-XSRF-TOKEN");
    if (token != null) {
      csrfToken = token;
    }
    return result;
  }
}
