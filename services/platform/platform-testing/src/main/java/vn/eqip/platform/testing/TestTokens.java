package vn.eqip.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs access tokens shaped like the eqip realm's (claims {@code tenant}, {@code org_unit}, flat
 * {@code roles}, audience {@code eqip-api}) and serves the public key as a JWKS over HTTP on
 * loopback, so services under test validate tokens exactly as in production: JWKS, issuer,
 * audience, expiry.
 */
public final class TestTokens {

  public static final String ISSUER = "http://127.0.0.1/realms/eqip-test";
  public static final String AUDIENCE = "eqip-api";

  private static TestTokens instance;

  private final RSAKey key;
  private final RSAKey foreignKey;
  private final String jwksUrl;

  private TestTokens() {
    try {
      key = new RSAKeyGenerator(2048).keyID("test-key").generate();
      foreignKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
      server.createContext(
          "/certs",
          exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(jwks);
            }
          });
      server.setExecutor(null);
      server.start();
      jwksUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/certs";
    } catch (JOSEException | IOException e) {
      throw new IllegalStateException("Cannot set up test token signing", e);
    }
  }

  public static synchronized TestTokens get() {
    if (instance == null) {
      instance = new TestTokens();
    }
    return instance;
  }

  public String jwksUrl() {
    return jwksUrl;
  }

  /** A valid token for a user of {@code tenant} working in {@code orgUnit}. */
  public String token(String username, String tenant, String orgUnit, String... roles) {
    return sign(
        key, claims(username, tenant, orgUnit, List.of(roles), Duration.ofMinutes(10)).build());
  }

  public String expiredToken(String username, String tenant, String orgUnit, String... roles) {
    return sign(
        key, claims(username, tenant, orgUnit, List.of(roles), Duration.ofMinutes(-5)).build());
  }

  public String tokenWithoutTenant(String username, String... roles) {
    return sign(key, claims(username, null, null, List.of(roles), Duration.ofMinutes(10)).build());
  }

  public String tokenSignedByAnotherKey(
      String username, String tenant, String orgUnit, String... roles) {
    return sign(
        foreignKey,
        claims(username, tenant, orgUnit, List.of(roles), Duration.ofMinutes(10)).build());
  }

  public String tokenForAudience(
      String audience, String username, String tenant, String orgUnit, String... roles) {
    return sign(
        key,
        claims(username, tenant, orgUnit, List.of(roles), Duration.ofMinutes(10))
            .audience(audience)
            .build());
  }

  private static JWTClaimsSet.Builder claims(
      String username, String tenant, String orgUnit, List<String> roles, Duration validFor) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
            .issueTime(Date.from(now.minusSeconds(60)))
            .expirationTime(Date.from(now.plus(validFor)))
            .claim("preferred_username", username)
            .claim("roles", roles);
    if (tenant != null) {
      builder.claim("tenant", tenant);
    }
    if (orgUnit != null) {
      builder.claim("org_unit", orgUnit);
    }
    return builder;
  }

  private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
              claims);
      jwt.sign(new RSASSASigner(signingKey));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
