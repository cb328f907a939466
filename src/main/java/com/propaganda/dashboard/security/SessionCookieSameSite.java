package com.propaganda.dashboard.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is sent with SameSite=Lax, so another site cannot post with it. Set through
 * the Servlet 6 API rather than web.xml, which not every server reads (WildFly 32 refuses the
 * element). Payara ignores this attribute and takes {@code cookieSameSite} from glassfish-web.xml
 * instead; SessionCookieIT checks the header Payara sends.
 */
@WebListener
public class SessionCookieSameSite implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
  }
}
