package com.propaganda.dashboard.sso;

import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.tenancy.SignInMethods;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the ceo types to connect the workspace to its provider, and the ways in they allow. The
 * secret may be left blank to keep the one kept.
 */
public record ConnectionForm(
    String issuer,
    String clientId,
    String secret,
    String emailClaim,
    String groupsClaim,
    String roleMapping,
    boolean createsSalesUsers,
    SignInMethods methods) {

  private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

  /**
   * The settings, checked field by field.
   *
   * @param secretKept whether a secret is kept already, so a blank one keeps it
   * @throws InvalidInputException with a message per field that breaks a rule
   */
  ProviderSettings settings(boolean secretKept) {
    Map<String, String> problems = new LinkedHashMap<>();
    String issuerUrl = blankToEmpty(issuer);
    if (!isWebAddress(issuerUrl)) {
      problems.put(
          "issuer",
          "Enter the provider's issuer address, starting with https:// (at most 500 characters).");
    }
    String id = blankToEmpty(clientId);
    if (id.isEmpty() || id.length() > 255 || Text.hasControlCharacter(id)) {
      problems.put("clientId", "Enter the client id the provider gave (at most 255 characters).");
    }
    if (secret == null || secret.isEmpty()) {
      if (!secretKept) {
        problems.put("secret", "Enter the client secret the provider gave.");
      }
    } else if (secret.length() > 1000 || Text.hasControlCharacter(secret)) {
      problems.put("secret", "The client secret is at most 1,000 characters of text.");
    }
    String email = blankToEmpty(emailClaim).isEmpty() ? "email" : emailClaim.strip();
    if (!CLAIM.matcher(email).matches()) {
      problems.put("emailClaim", "A claim name is letters, digits and _ . : - only.");
    }
    Optional<String> groups = Optional.of(blankToEmpty(groupsClaim)).filter(g -> !g.isEmpty());
    if (groups.isPresent() && !CLAIM.matcher(groups.get()).matches()) {
      problems.put("groupsClaim", "A claim name is letters, digits and _ . : - only.");
    }
    RoleMapping mapping = RoleMapping.none();
    try {
      mapping = RoleMapping.parse(roleMapping);
    } catch (InvalidInputException invalid) {
      problems.putAll(invalid.fieldMessages());
    }
    if (!mapping.isEmpty() && groups.isEmpty()) {
      problems.put("groupsClaim", "Name the claim that carries the groups the mapping reads.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ProviderSettings(issuerUrl, id, email, groups, mapping, createsSalesUsers);
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  private static boolean isWebAddress(String value) {
    if (value.isEmpty() || value.length() > 500 || Text.hasControlCharacter(value)) {
      return false;
    }
    try {
      URI uri = new URI(value);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
